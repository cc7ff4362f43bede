// SPDX-License-Identifier: MIT
#include "resolve/lookups.hpp"

#include <fmt/format.h>

#include <cmath>
#include <span>

#include "related_manager.hpp"
#include "resolve/expressions.hpp"
#include "resolve/joins.hpp"
#include "resolve/json.hpp"
#include "resolve/query.hpp"
#include "resolve/subqueries.hpp"
#include "resolve/trusted.hpp"
#include "resolve/types.hpp"
#include "resolve/values.hpp"
#include "sqlweave/extensions.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {
namespace {

using catalog::lookup;

bool is_literal(const ast::node& n, value_kind k) {
  return n.kind == ast::node_kind::literal && n.val.kind() == k;
}

bool is_pattern(lookup l) {
  return l == lookup::iexact || l == lookup::contains || l == lookup::icontains ||
         l == lookup::startswith || l == lookup::istartswith || l == lookup::endswith ||
         l == lookup::iendswith;
}

ir::pattern_op pattern_of(lookup l) {
  switch (l) {
    case lookup::iexact: return ir::pattern_op::iexact;
    case lookup::contains: return ir::pattern_op::contains;
    case lookup::icontains: return ir::pattern_op::icontains;
    case lookup::startswith: return ir::pattern_op::startswith;
    case lookup::istartswith: return ir::pattern_op::istartswith;
    case lookup::endswith: return ir::pattern_op::endswith;
    default: return ir::pattern_op::iendswith;
  }
}

std::optional<ir::compare_op> compare_of(lookup l) {
  switch (l) {
    case lookup::exact: return ir::compare_op::eq;
    case lookup::gt: return ir::compare_op::gt;
    case lookup::gte: return ir::compare_op::ge;
    case lookup::lt: return ir::compare_op::lt;
    case lookup::lte: return ir::compare_op::le;
    default: return std::nullopt;
  }
}

// `created__year=2020` as an index-friendly range over the column, as Django's YearLookup.
ir::expr* year_bounds(level& lv, ir::expr* inner, lookup l, const ast::node& rhs) {
  const auto year = static_cast<int>(rhs.val.as_int());
  const bool dt = inner->is_class(type_class::datetime);
  auto bound = [&](bool end) -> ir::expr* {
    if (dt)
      return lv.kept_param(end ? value(datetime{{year, 12, 31}, 23, 59, 59, 999999})
                               : value(datetime{{year, 1, 1}, 0, 0, 0, 0}),
                           field_type::datetime_field);
    return lv.kept_param(end ? value(date{year, 12, 31}) : value(date{year, 1, 1}),
                         field_type::date_field);
  };
  switch (l) {
    case lookup::exact: {
      ir::expr* low = bound(false);
      ir::expr* high = bound(true);
      return predicate(lv, ir::between{inner, low, high}, {inner});
    }
    case lookup::gt: return lv.compare(ir::compare_op::gt, inner, bound(true));
    case lookup::gte: return lv.compare(ir::compare_op::ge, inner, bound(false));
    case lookup::lt: return lv.compare(ir::compare_op::lt, inner, bound(false));
    default: return lv.compare(ir::compare_op::le, inner, bound(true));
  }
}

bool is_condition(const level& lv, const ir::expr& e) {
  return e.conditional || (lv.cx.dialect.boolean_conditions && e.is_class(type_class::boolean));
}

bool year_bounded(lookup l) {
  return l == lookup::exact || l == lookup::gt || l == lookup::gte || l == lookup::lt ||
         l == lookup::lte;
}

// A foreign key's column takes values of the type its key is stored as (Django's
// ForeignKey.get_prep_value is its target field's), through to_field and parent links.
field_type key_type(const level& lv, field_type column, const field* target) {
  const bool relation = column >= field_type::foreign_key;
  if (!relation || !target || !target->is_forward_single()) return column;
  return stored_field(lv.cx.s, *target).type;
}

// Most paths join nothing, and boost's range insert costs as much for an empty range.
void add_votes(alias_list& votes, const alias_list& more) {
  if (!more.empty()) votes.insert(votes.end(), more.begin(), more.end());
}

std::string_view field_name_of(const field* f) {
  return f ? std::string_view(f->name) : std::string_view("expression");
}

}  // namespace

ir::expr* value_for(level& lv, const ast::node& v, const ir::expr& lhs, const field* target,
                    catalog::lookup l) {
  const std::string_view field_name = target ? std::string_view(target->name) : std::string_view{};
  // Pattern, iexact and regex lookups take the value as text (Django's prepare_rhs = False).
  if (is_pattern(l) || l == lookup::regex || l == lookup::iregex) {
    // Django's UUIDTextMixin: where a UUID is stored as 32 hex digits, the pattern loses its
    // hyphens.
    if (is_pattern(l) && v.val.kind() == value_kind::text && lhs.is_class(type_class::uuid) &&
        !lv.cx.dialect.native_uuid) {
      std::string hex = v.val.as_text();
      std::erase(hex, '-');
      return lv.kept_param(value(std::move(hex)), field_type::char_field, v.span);
    }
    if (v.val.kind() == value_kind::text) return lv.param(&v.val, field_type::char_field, v.span);
    return lv.kept_param(value(v.val.to_string()), field_type::char_field, v.span);
  }
  if (!lhs.type) return lv.param(&v.val, type_of(v.val), v.span);
  const field_type type = key_type(lv, *lhs.type, target);
  const type_class cls = class_of(type);
  // IntegerField: a float rounds up for gte and lt (IntegerFieldFloatRounding), else int().
  if (cls == type_class::integer && v.val.kind() == value_kind::real) {
    const double d = v.val.as_real();
    const double whole = l == lookup::gte || l == lookup::lt ? std::ceil(d) : std::trunc(d);
    return lv.kept_param(value(static_cast<std::int64_t>(whole)), type, v.span);
  }
  if (cls == type_class::uuid)
    return lv.kept_param(uuid_value(v.val, lv.cx.dialect.native_uuid, field_name, v.span), type,
                         v.span);
  auto coerced = coerce(v.val, cls, field_name, v.span);
  if (coerced) return lv.kept_param(std::move(*coerced), type, v.span);
  return lv.param(&v.val, type, v.span);
}

void check_instance(level& lv, const ast::node& v, int target_model, std::string_view field) {
  const schema& s = lv.cx.s;
  const int instance = detail::instance_model(s, v);
  if (instance < 0) return;
  const model& of = s.at(s.at(instance).concrete);
  if (target_model < 0)
    fail(error_code::bad_value,
         fmt::format("field '{}' cannot be compared with a {} instance: compare one of its fields "
                     "(.pk)",
                     field, of.name),
         v.span);
  const model& to = s.at(s.at(target_model).concrete);
  if (&of != &to && !inherits_from(s, of, to) && !inherits_from(s, to, of))
    fail(error_code::bad_value,
         fmt::format("Cannot query a {} instance: must be a \"{}\" instance", of.name, to.name),
         v.span);
}

ir::expr* lookup_predicate(level& lv, ir::expr* lhs, const path_end& end,
                           const catalog::lookup_entry& lk, const ast::node& written,
                           source_span span, const use_site& site, alias_list* votes,
                           ir::expr** nullable_rhs) {
  const ast::node* constant = class_constant(lv.cx, written);
  const ast::node& rhs = constant ? *constant : written;
  const field* target = end.target;
  const int target_model = end.target_model;
  const bool relation = end.relation;
  auto operand = [&](const ast::node& v) -> ir::expr* {
    check_instance(lv, v, relation ? target_model : -1, field_name_of(target));
    if (v.kind == ast::node_kind::literal) {
      if (v.val.is_null())
        fail(error_code::bad_value,
             fmt::format("None cannot be used with the '{}' lookup", lk.name), v.span);
      return value_for(lv, v, *lhs, target, lk.id);
    }
    if (&v == &rhs && v.kind == ast::node_kind::field && nullable_rhs) {
      path_end walked;
      ir::expr* column = field_ref(lv, v.name, v.span, site, votes, &walked);
      if (walked.rest.empty() && walked.target && walked.target->null) *nullable_rhs = column;
      return column;
    }
    return expression(lv, v, site, votes);
  };
  // An array, hstore, range or tsvector field of django.contrib.postgres registers lookups of
  // its own under the names of the usual ones (`contains` is `@>`); only isnull is the same.
  if (lhs->type && class_of(*lhs->type) == type_class::postgres && lk.id != lookup::isnull)
    fail(error_code::unsupported,
         fmt::format("the {} lookup on {} '{}' (django.contrib.postgres) is not supported yet",
                     lk.name, to_string(*lhs->type), field_name_of(target)),
         span);
  switch (lk.id) {
    case lookup::isnull: {
      if (!is_literal(rhs, value_kind::boolean))
        fail(error_code::bad_value, "the isnull lookup takes True or False", rhs.span);
      return lv.is_null(lhs, !rhs.val.as_bool());
    }
    case lookup::in: {
      // `__in=qs` and `__in=Subquery(qs)` alike.
      const bool wrapped = rhs.kind == ast::node_kind::call && rhs.name == "Subquery" &&
                           rhs.args.size() == 1 && rhs.args[0]->kind == ast::node_kind::subquery;
      if (rhs.kind == ast::node_kind::subquery || wrapped) {
        const ast::query& sub = wrapped ? *rhs.args[0]->sub : *rhs.sub;
        return lv.in_subquery(
            lhs, in_subquery_select(lv, sub, target, target_model, relation, rhs.span), false);
      }
      if (rhs.kind == ast::node_kind::call && rhs.name == "RawSQL") {
        // Django writes `IN <sql>`: the trusted text, in its parentheses, is the list.
        ir::expr* raw = expression(lv, rhs, site, votes);
        const ir::raw_piece in[] = {{{}, lhs}, {" IN ", nullptr}, {{}, raw}};
        return predicate(lv, ir::raw_sql{lv.cx.mem.list(in)}, {lhs, raw}, rhs.span);
      }
      if (rhs.kind != ast::node_kind::list)
        fail(error_code::bad_value, "the in lookup takes a list, a tuple, a set or a queryset",
             rhs.span);
      if (rhs.args.size() > max_in_list)
        fail(
            error_code::limit_exceeded,
            fmt::format("an in list holds at most {} values, not {}", max_in_list, rhs.args.size()),
            rhs.span);
      small<ir::expr*, 16> items;
      for (const auto& item : rhs.args) {
        if (is_literal(*item, value_kind::null)) continue;  // NULL never matches
        items.push_back(operand(*item));
      }
      if (items.empty()) return lv.truth(false);
      ir::expr* n = predicate(lv, ir::in_list{lhs, lv.cx.mem.list(items)}, {lhs});
      for (const ir::expr* i : items) absorb(*n, *i);
      return n;
    }
    case lookup::range: {
      if (rhs.kind != ast::node_kind::list || rhs.args.size() != 2)
        fail(error_code::bad_value, "the range lookup takes a pair (low, high)", rhs.span);
      ir::expr* low = operand(*rhs.args[0]);
      ir::expr* high = operand(*rhs.args[1]);
      return predicate(lv, ir::between{lhs, low, high}, {lhs, low, high});
    }
    default: break;
  }
  if (rhs.kind == ast::node_kind::list)
    fail(error_code::bad_value, fmt::format("the '{}' lookup takes one value, not a list", lk.name),
         rhs.span);
  if (lk.id == lookup::exact && is_literal(rhs, value_kind::boolean) && is_condition(lv, *lhs))
    // A predicate (Exists(), a Q annotation) or a boolean compared with True/False is itself or
    // its negation, as Django writes `WHERE "active"`: `EXISTS(...) = 1` is not valid SQL
    // everywhere.
    return rhs.val.as_bool() ? lhs : lv.negate(lhs, true);
  if (auto op = compare_of(lk.id)) return lv.compare(*op, lhs, operand(rhs));
  if (lk.id == lookup::regex || lk.id == lookup::iregex) {
    ir::expr* r = operand(rhs);
    return predicate(lv, ir::regex{lhs, r, lk.id == lookup::iregex}, {lhs, r}, span);
  }
  ir::expr* b = operand(rhs);
  return predicate(lv, ir::pattern{pattern_of(lk.id), lhs, b}, {lhs, b}, span);
}

ir::expr* lookup_condition(level& lv, const ast::node& lookup_node, const use_site& site,
                           alias_list& votes) {
  const source_span span = lookup_node.span;
  if (lookup_node.args.empty()) fail(error_code::bad_argument, "lookup without a value", span);
  const ast::node& rhs = *lookup_node.args[0];
  if (site.branch_negated && path_is_multi(lv, lookup_node.name))
    return exclude_multi_valued(lv, lookup_node);

  path_end end = walk(lv, lookup_node.name, span, site, true);
  ir::expr* lhs = end.value;
  const catalog::lookup_entry* lk = &catalog::lookup_of(lookup::exact);
  ir::expr* year_input = nullptr;  // the operand of a trailing __year, for index-friendly bounds
  bool transformed_lhs = false;
  const extensions* ext = lv.cx.options.ext;
  for (std::size_t i = 0; i < end.rest.size(); ++i) {
    const auto part = end.rest[i];
    if (i + 1 == end.rest.size()) {
      if (const auto* l = catalog::find_lookup(part)) {
        lk = l;
        break;
      }
    }
    if (is_json(*lhs)) {  // any other name is a key (Django's KeyTransformFactory)
      year_input = nullptr;
      lhs = key_transform(lv, lhs, part, false, span);
      transformed_lhs = true;
      continue;
    }
    if (i + 1 == end.rest.size()) {
      if (const auto* own = ext ? ext->lookup(part) : nullptr) {
        require_type(*lhs);
        if (rhs.kind == ast::node_kind::literal && rhs.val.is_null())
          fail(error_code::bad_value, fmt::format("None cannot be used with the '{}' lookup", part),
               rhs.span);
        ir::expr* value = rhs.kind == ast::node_kind::literal
                              ? value_for(lv, rhs, *lhs, end.target, lookup::exact)
                              : expression(lv, rhs, site, nullptr);
        add_votes(votes, end.joins);
        return registered_lookup(lv, *own, lhs, value, span);
      }
    }
    if (const auto* t = catalog::find_transform(part)) {
      year_input = t->part == ir::date_part::year ? lhs : nullptr;
      lhs = transformed(lv, lhs, *t, end.target, span);
    } else if (const auto* own = ext ? ext->transform(part) : nullptr) {
      year_input = nullptr;
      lhs = registered_transform(lv, *own, lhs, span);
    } else {
      auto names = catalog::lookup_and_transform_names();
      if (ext) {
        for (const auto& e : ext->lookups()) names.push_back(e.name);
        for (const auto& e : ext->transforms()) names.push_back(e.name);
      }
      throw_unknown(error_code::unknown_lookup, "lookup or transform", part,
                    end.target ? std::string_view(end.target->name) : std::string_view{},
                    nearest_names(part, names), span);
    }
    transformed_lhs = true;
  }
  require_type(*lhs);
  if (calls_aggregate(rhs))
    fail(error_code::bad_argument,
         "an aggregate in a filter must be annotated first: annotate() it and filter on its name",
         rhs.span);
  if ((end.relation || end.fk_attname) && !transformed_lhs && !lk->on_relations)
    fail(error_code::bad_lookup, fmt::format("related field got invalid lookup: {}", lk->name),
         span);

  if (lk->json_only && !is_json(*lhs))
    throw_unknown(error_code::unknown_lookup, "lookup or transform", lk->name,
                  end.target ? std::string_view(end.target->name) : std::string_view{},
                  nearest_names(lk->name, catalog::lookup_and_transform_names()), span);

  const bool json = is_json(*lhs);
  const bool rhs_null = is_literal(rhs, value_kind::null);
  if (rhs_null && !json && (lk->id == lookup::exact || lk->id == lookup::iexact))
    lk = &catalog::lookup_of(lookup::isnull);  // Django: None means IS NULL
  const bool isnull_true =
      lk->id == lookup::isnull &&
      (rhs_null || (is_literal(rhs, value_kind::boolean) && rhs.val.as_bool()));

  alias_list rhs_votes;
  ir::expr* nullable_rhs = nullptr;
  ir::expr* pred = json ? json_lookup(lv, lhs, *lk, rhs, site, &rhs_votes) : nullptr;
  if (!pred && year_input && year_bounded(lk->id) && is_literal(rhs, value_kind::integer))
    pred = year_bounds(lv, year_input, lk->id, rhs);
  else if (!pred && lk->id == lookup::isnull && rhs_null)
    pred = lv.is_null(lhs, false);
  else if (!pred)
    pred = lookup_predicate(lv, lhs, end, *lk, rhs, span, site, &rhs_votes, &nullable_rhs);

  bool require_outer = isnull_true && !site.negated;
  if (site.negated && !isnull_true) {
    // NOT (x = v) is NULL, not true, where x is NULL: Django keeps those rows by testing
    // x IS NOT NULL inside the negation, and so a nullable column compared with, F("y").
    require_outer = true;
    if (lk->id != lookup::isnull && (end.nullable || nullable_rhs)) {
      ir::expr* parts[3] = {pred};
      std::size_t n = 1;
      if (end.nullable) parts[n++] = lv.is_null(lhs, true);
      if (nullable_rhs) parts[n++] = lv.is_null(nullable_rhs, true);
      pred = lv.junction(false, std::span<ir::expr* const>(parts, n));
    }
  }
  if (!require_outer) {
    add_votes(votes, end.joins);
    add_votes(votes, rhs_votes);
  }
  return pred;
}

}  // namespace sqlweave::resolve
