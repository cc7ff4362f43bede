// SPDX-License-Identifier: MIT
#include "resolve/types.hpp"

#include <fmt/format.h>

#include "catalog/catalog.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {
namespace {

bool numeric(field_type t) {
  return catalog::derives_from(t, field_type::integer_field) ||
         catalog::derives_from(t, field_type::decimal_field) ||
         catalog::derives_from(t, field_type::float_field);
}

}  // namespace

const field& stored_field(const schema& s, const field& f) {
  const field* at = &f;
  while (at->is_forward_single())
    at = &s.at(at->target_model).fields[static_cast<std::size_t>(at->target_field)];
  return *at;
}

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
    case value_kind::duration: return field_type::duration_field;
    case value_kind::time: return field_type::time_field;
    case value_kind::bytes: return field_type::binary_field;
  }
  return std::nullopt;
}

namespace {

// Folds one more source into `node`'s type; false once there is a conflict.
bool fold(ir::arena& mem, ir::expr& node, const ir::expr& s) {
  if (s.conflict) {
    node.type.reset();
    node.conflict = s.conflict;
    return false;
  }
  if (!s.type) return true;
  if (!node.type) {
    node.type = s.type;
    return true;
  }
  if (catalog::derives_from(*node.type, *s.type)) return true;
  node.conflict = mem.make<ir::type_conflict>(ir::type_conflict{*node.type, *s.type, node.span});
  node.type.reset();
  return false;
}

}  // namespace

void set_common_type(ir::arena& mem, ir::expr& node, ir::exprs sources) {
  node.type.reset();
  node.conflict = nullptr;
  for (const ir::expr* s : sources)
    if (!fold(mem, node, *s)) return;
}

void set_combined_type(ir::arena& mem, ir::expr& node, ir::arith_op op, const ir::expr& lhs,
                       const ir::expr& rhs) {
  node.type.reset();
  node.conflict = nullptr;
  if (fold(mem, node, lhs) && fold(mem, node, rhs)) return;
  if (lhs.conflict || rhs.conflict) return;
  const bool combines = op == ir::arith_op::add || op == ir::arith_op::sub ||
                        op == ir::arith_op::mul || op == ir::arith_op::div;
  auto is = [](field_type t, field_type base) { return catalog::derives_from(t, base); };
  const field_type a = *lhs.type, b = *rhs.type;
  std::optional<field_type> combined;
  if (combines && is(a, field_type::integer_field)) {
    if (is(b, field_type::integer_field)) combined = field_type::integer_field;
    if (is(b, field_type::decimal_field)) combined = field_type::decimal_field;
    if (is(b, field_type::float_field)) combined = field_type::float_field;
  }
  if (combines && is(b, field_type::integer_field)) {
    if (is(a, field_type::decimal_field)) combined = field_type::decimal_field;
    if (is(a, field_type::float_field)) combined = field_type::float_field;
  }
  if (!combined) return;
  node.type = combined;
  node.conflict = nullptr;
}

void inherit_type(ir::expr& node, const ir::expr& source) {
  node.type = source.type;
  node.conflict = source.conflict;
}

void require_type(const ir::expr& e) {
  if (!e.conflict) return;
  fail(error_code::bad_argument,
       fmt::format("expression contains mixed types: {}, {}; set output_field",
                   type_name(e.conflict->first), type_name(e.conflict->second)),
       e.conflict->span);
}

field_type numeric_type(std::optional<field_type> source) {
  if (!source) return field_type::float_field;
  if (catalog::derives_from(*source, field_type::decimal_field)) return field_type::decimal_field;
  if (catalog::derives_from(*source, field_type::integer_field)) return field_type::float_field;
  // Avg of a DurationField is a duration (NumericOutputFieldMixin keeps the source's class).
  if (numeric(*source) || *source == field_type::duration_field) return *source;
  return field_type::float_field;
}

}  // namespace sqlweave::resolve
