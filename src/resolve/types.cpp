// SPDX-License-Identifier: MIT
#include "resolve/types.hpp"

#include <fmt/format.h>

#include "catalog/catalog.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {
namespace {

[[noreturn]] void mixed(field_type a, field_type b, source_span span) {
  fail(error_code::bad_argument,
       fmt::format("expression contains mixed types: {}, {}; set output_field", type_name(a),
                   type_name(b)),
       span);
}

bool numeric(field_type t) {
  return catalog::derives_from(t, field_type::integer_field) ||
         catalog::derives_from(t, field_type::decimal_field) ||
         catalog::derives_from(t, field_type::float_field);
}

}  // namespace

std::string_view type_name(field_type t) {
  return to_string(t);
}

std::optional<field_type> type_of(const value& v) {
  switch (v.kind()) {
    case value_kind::null: return std::nullopt;
    case value_kind::boolean: return field_type::boolean_field;
    case value_kind::integer: return field_type::integer_field;
    case value_kind::real: return field_type::float_field;
    case value_kind::text: return field_type::char_field;
    case value_kind::date: return field_type::date_field;
    case value_kind::datetime: return field_type::datetime_field;
    case value_kind::decimal: return field_type::decimal_field;
  }
  return std::nullopt;
}

std::optional<field_type> common_type(ir::exprs sources, source_span span) {
  std::optional<field_type> first;
  for (const ir::expr* s : sources) {
    if (!s->type) continue;
    if (!first) {
      first = s->type;
      continue;
    }
    if (!catalog::derives_from(*first, *s->type)) mixed(*first, *s->type, span);
  }
  return first;
}

std::optional<field_type> combined_type(ir::arith_op op, const ir::expr& lhs, const ir::expr& rhs,
                                        source_span span) {
  if (!lhs.type) return rhs.type;
  if (!rhs.type) return lhs.type;
  if (catalog::derives_from(*lhs.type, *rhs.type)) return lhs.type;
  const bool combines = op == ir::arith_op::add || op == ir::arith_op::sub ||
                        op == ir::arith_op::mul || op == ir::arith_op::div;
  auto is = [](field_type t, field_type base) { return catalog::derives_from(t, base); };
  const field_type a = *lhs.type, b = *rhs.type;
  if (combines && is(a, field_type::integer_field)) {
    if (is(b, field_type::integer_field)) return field_type::integer_field;
    if (is(b, field_type::decimal_field)) return field_type::decimal_field;
    if (is(b, field_type::float_field)) return field_type::float_field;
  }
  if (combines && is(b, field_type::integer_field)) {
    if (is(a, field_type::decimal_field)) return field_type::decimal_field;
    if (is(a, field_type::float_field)) return field_type::float_field;
  }
  mixed(a, b, span);
}

field_type numeric_type(std::optional<field_type> source) {
  if (!source) return field_type::float_field;
  if (catalog::derives_from(*source, field_type::decimal_field)) return field_type::decimal_field;
  if (catalog::derives_from(*source, field_type::integer_field)) return field_type::float_field;
  return numeric(*source) ? *source : field_type::float_field;
}

}  // namespace sqlweave::resolve
