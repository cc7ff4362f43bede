// SPDX-License-Identifier: MIT
#include "resolve/expressions.hpp"

#include <fmt/format.h>

#include "resolve/conditions.hpp"
#include "resolve/json.hpp"
#include "resolve/subqueries.hpp"
#include "resolve/trusted.hpp"
#include "resolve/types.hpp"
#include "sqlweave/extensions.hpp"
#include "support/ascii.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {
namespace {

ir::arith_op arith_of(ast::arith a) {
  switch (a) {
    case ast::arith::add: return ir::arith_op::add;
    case ast::arith::sub: return ir::arith_op::sub;
    case ast::arith::mul: return ir::arith_op::mul;
    case ast::arith::div: return ir::arith_op::div;
    case ast::arith::mod: return ir::arith_op::mod;
    case ast::arith::pow: return ir::arith_op::pow;
    case ast::arith::bit_and: return ir::arith_op::bit_and;
    case ast::arith::bit_or: return ir::arith_op::bit_or;
    case ast::arith::bit_xor: return ir::arith_op::bit_xor;
    case ast::arith::bit_left_shift: return ir::arith_op::bit_left_shift;
    case ast::arith::bit_right_shift: return ir::arith_op::bit_right_shift;
  }
  return ir::arith_op::add;
}

// The operator as a user writes it, for the error of a dialect that lacks it.
std::string_view spelling(ir::arith_op op) {
  switch (op) {
    case ir::arith_op::add: return "+";
    case ir::arith_op::sub: return "-";
    case ir::arith_op::mul: return "*";
    case ir::arith_op::div: return "/";
    case ir::arith_op::mod: return "%";
    case ir::arith_op::pow: return "**";
    case ir::arith_op::bit_and: return "bitand()";
    case ir::arith_op::bit_or: return "bitor()";
    case ir::arith_op::bit_xor: return "bitxor()";
    case ir::arith_op::bit_left_shift: return "bitleftshift()";
    case ir::arith_op::bit_right_shift: return "bitrightshift()";
  }
  return "?";
}

bool temporal(const ir::expr& e) {
  return e.is_class(type_class::date) || e.is_class(type_class::datetime) ||
         e.is_class(type_class::time) || e.is_class(type_class::duration);
}

bool moment(const ir::expr& e) {
  return e.is_class(type_class::date) || e.is_class(type_class::datetime) ||
         e.is_class(type_class::time);
}

bool is_number(const ir::expr& e) {
  return e.is_class(type_class::integer) || e.is_class(type_class::real) ||
         e.is_class(type_class::decimal);
}

// duration * number, number * duration, duration / number.
bool scaled_duration(ir::arith_op op, const ir::expr& a, const ir::expr& b) {
  if (op == ir::arith_op::div) return a.is_class(type_class::duration) && is_number(b);
  return op == ir::arith_op::mul && ((a.is_class(type_class::duration) && is_number(b)) ||
                                     (is_number(a) && b.is_class(type_class::duration)));
}

// Django's DurationExpression (a moment moved by a duration: its output field must be given
// where it is needed, as the sources mix) and TemporalSubtraction (two moments of one type: a
// DurationField). Durations with durations are plain arithmetic.
ir::expr* temporal_arithmetic(level& lv, const ast::node& n, ir::arith_op op, ir::expr* a,
                              ir::expr* b) {
  const bool add_or_sub = op == ir::arith_op::add || op == ir::arith_op::sub;
  ir::expr* x = nullptr;
  if (add_or_sub && (moment(*a) || moment(*b)) &&
      (a->is_class(type_class::duration) || b->is_class(type_class::duration))) {
    x = lv.cx.mem.node(ir::temporal{ir::temporal_op::shift, op == ir::arith_op::sub, a, b}, n.span);
    set_combined_type(lv.cx.mem, *x, op, *a, *b);
  } else if (op == ir::arith_op::sub && moment(*a) && a->type == b->type) {
    x = lv.cx.mem.node(ir::temporal{ir::temporal_op::difference, true, a, b}, n.span);
    x->type = field_type::duration_field;
  } else if (add_or_sub && a->is_class(type_class::duration) && b->is_class(type_class::duration)) {
    x = lv.cx.mem.node(ir::arithmetic{op, a, b}, n.span);
    x->type = field_type::duration_field;
  } else if (scaled_duration(op, *a, *b)) {
    // A DurationExpression too: an interval type scales itself; Django's SQLite refuses the
    // operator ("Invalid connector for timedelta") and its MySQL SQL scales an INTERVAL
    // keyword, which does not parse.
    if (!lv.cx.dialect.native_duration)
      unsupported(lv.cx.dialect.name, "a duration multiplied or divided by a number", n.span);
    x = lv.cx.mem.node(ir::arithmetic{op, a, b}, n.span);
    set_combined_type(lv.cx.mem, *x, op, *a, *b);
  } else {
    fail(error_code::bad_argument,
         "dates, times and durations combine only as moment ± duration, moment - moment of the "
         "same type, duration ± duration, and a duration * or / a number",
         n.span);
  }
  absorb(*x, *a);
  absorb(*x, *b);
  return x;
}

ir::expr* arithmetic(level& lv, const ast::node& n, const use_site& site, alias_list* votes) {
  ir::expr* a = expression(lv, *n.args[0], site, votes);
  ir::expr* b = expression(lv, *n.args[1], site, votes);
  const ir::arith_op op = arith_of(n.op);
  if (temporal(*a) || temporal(*b)) return temporal_arithmetic(lv, n, op, a, b);
  if (!lv.cx.dialect.arithmetic[static_cast<std::size_t>(op)].supported())
    unsupported(lv.cx.dialect.name, fmt::format("the operator {}", spelling(op)), n.span);
  ir::expr* x = lv.cx.mem.node(ir::arithmetic{op, a, b}, n.span);
  set_combined_type(lv.cx.mem, *x, op, *a, *b);
  absorb(*x, *a);
  absorb(*x, *b);
  return x;
}

ir::expr* outer_ref(level& lv, const ast::node& n) {
  if (!lv.outer)
    fail(error_code::bad_argument, "OuterRef() is only allowed inside a subquery", n.span);
  if (!n.args.empty() && n.args[0]->kind == ast::node_kind::outer_ref)
    return outer_ref(*lv.outer, *n.args[0]);
  ir::expr* e = field_ref(*lv.outer, n.name, n.span, use_site{}, nullptr);
  if (e->is_class(type_class::text)) lv.reads_outer_text = true;
  return e;
}

}  // namespace

ir::expr* transformed(level& lv, ir::expr* lhs, const catalog::transform_entry& t,
                      const field* target, source_span span) {
  require_type(*lhs);
  const std::uint8_t on = lhs->type ? catalog::temporal_of(*lhs->type) : t.registered_on;
  if ((on & t.registered_on) == 0) {
    const std::string_view type = lhs->type ? type_name(*lhs->type) : "expression";
    fail(error_code::bad_lookup,
         target ? fmt::format("unsupported transform '{}' for {} '{}'", t.name, type, target->name)
                : fmt::format("unsupported transform '{}' for {}", t.name, type),
         span);
  }
  ir::expr* x = t.part ? lv.cx.mem.node(ir::extract{*t.part, lhs}, span)
                       : lv.cx.mem.node(ir::trunc{*t.trunc, lhs}, span);
  x->type = t.result;
  absorb(*x, *lhs);
  return x;
}

ir::expr* field_ref(level& lv, std::string_view path, source_span span, const use_site& site,
                    alias_list* votes, path_end* walked) {
  path_end end = walk(lv, path, span, site, false);
  if (votes) votes->insert(votes->end(), end.joins.begin(), end.joins.end());
  ir::expr* e = end.value;
  for (auto part : end.rest) {
    if (is_json(*e)) {
      e = key_transform(lv, e, part, false, span);
      continue;
    }
    if (const auto* t = catalog::find_transform(part)) {
      e = transformed(lv, e, *t, end.target, span);
      continue;
    }
    const auto* own = lv.cx.options.ext ? lv.cx.options.ext->transform(part) : nullptr;
    if (!own)
      fail(error_code::unknown_lookup,
           fmt::format("'{}' is neither a field nor a transform after '{}'", part, path), span);
    e = registered_transform(lv, *own, e, span);
  }
  if (walked) *walked = std::move(end);
  return e;
}

ir::expr* field_or_expression(level& lv, const ast::node& n, const use_site& site,
                              alias_list* votes) {
  if (is_text_literal(n)) return field_ref(lv, n.val.as_text(), n.span, site, votes);
  return expression(lv, n, site, votes);
}

ir::expr* expression(level& lv, const ast::node& n, const use_site& site, alias_list* votes) {
  switch (n.kind) {
    case ast::node_kind::literal: return lv.param(&n.val, type_of(n.val), n.span);
    case ast::node_kind::param: return lv.cx.mem.node(ir::named_parameter{n.name}, n.span);
    case ast::node_kind::field: return field_ref(lv, n.name, n.span, site, votes);
    case ast::node_kind::outer_ref: return outer_ref(lv, n);
    case ast::node_kind::star: return lv.cx.mem.node(ir::star{}, n.span);
    case ast::node_kind::binary: return arithmetic(lv, n, site, votes);
    case ast::node_kind::negate: {
      ir::expr* a = expression(lv, *n.args[0], site, votes);
      ir::expr* x = lv.cx.mem.node(ir::negation{a}, n.span);
      inherit_type(*x, *a);
      absorb(*x, *a);
      return x;
    }
    case ast::node_kind::call: return call(lv, n, site, votes);
    case ast::node_kind::lookup:
    case ast::node_kind::q_and:
    case ast::node_kind::q_or:
    case ast::node_kind::q_not: return condition(lv, n, site, votes);
    case ast::node_kind::subquery:
      if (const ast::node* c = class_constant(lv.cx, n)) return expression(lv, *c, site, votes);
      return subquery_value(lv, *n.sub, false, n.span, true);
    case ast::node_kind::list:
      fail(error_code::bad_value, "a list is only allowed as the value of __in or __range", n.span);
    case ast::node_kind::dict:
      fail(error_code::bad_value, "a dict is only allowed as the value of a JSONField lookup",
           n.span);
    case ast::node_kind::order:
      fail(error_code::bad_argument, "asc()/desc() are only allowed in order_by()", n.span);
    case ast::node_kind::object:
      fail(error_code::bad_argument, "a model instance is only allowed in bulk_create()", n.span);
  }
  fail(error_code::bad_argument, "unsupported expression", n.span);
}

bool calls_aggregate(const ast::node& n) {
  if (n.kind == ast::node_kind::subquery) return false;
  if (n.kind == ast::node_kind::call) {
    const auto* f = catalog::find_function(n.name);
    if (f && f->kind == catalog::function_kind::aggregate) return true;
  }
  for (const auto& a : n.args)
    if (calls_aggregate(*a)) return true;
  for (const auto& k : n.kwargs)
    if (calls_aggregate(*k.value)) return true;
  return false;
}

std::string alias_prefix(const ast::node& n) {
  std::string out;
  if (n.kind == ast::node_kind::call) {
    const auto* f = catalog::find_function(n.name);
    const bool aggregate = f && f->kind == catalog::function_kind::aggregate;
    const ast::node* arg = n.args.size() == 1 ? n.args[0].get() : nullptr;
    if (aggregate && arg && is_text_literal(*arg) && arg->val.as_text() != "*")
      out = fmt::format("{}__{}", arg->val.as_text(), n.name);
    else if (aggregate && arg && arg->kind == ast::node_kind::field)
      out = fmt::format("{}__{}", arg->name, n.name);
    else
      out = n.name;
  } else {
    out = std::string(n.kind == ast::node_kind::field ? std::string_view("f")
                                                      : std::string_view("combinedexpression"));
  }
  return ascii_lower(out);
}

std::string_view default_alias(level& lv, const ast::node& n) {
  // Django's default alias: <field>__<function lowercased>, for one plain field argument only.
  if (n.kind == ast::node_kind::call && n.args.size() == 1) {
    const ast::node& arg = *n.args[0];
    std::string_view path;
    if (is_text_literal(arg) && arg.val.as_text() != "*") path = arg.val.as_text();
    if (arg.kind == ast::node_kind::field) path = arg.name;
    if (!path.empty()) {
      return lv.text(ascii_lower(fmt::format("{}__{}", path, n.name)));
    }
  }
  fail(error_code::bad_argument, "complex expressions need a name: pass it as a keyword argument",
       n.span);
}

}  // namespace sqlweave::resolve
