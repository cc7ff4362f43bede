// SPDX-License-Identifier: MIT
// filter()/exclude(): Q trees, lookups and transforms, with Django's join promotion votes.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <map>

#include "resolve/lookups.hpp"
#include "resolve/query_resolver.hpp"
#include "resolve/values.hpp"

namespace sqlweave::resolve {
namespace {

bool is_literal(const ast::node& n, value_kind k) {
  return n.kind == ast::node_kind::literal && n.val.kind() == k;
}

alias_list unique(alias_list v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

}  // namespace

void query_resolver::add_q(const node_refs& children, bool negate) {
  ++filter_call_;
  alias_list existing_inner;
  for (std::size_t i = 1; i < sel_->tables.size(); ++i)
    if (sel_->tables[i]->type == ir::join_type::inner)
      existing_inner.push_back(static_cast<int>(i));
  use_site site;
  site.in_filter = true;
  site.negated = site.branch_negated = negate;
  alias_list needed;
  ir::node* pred = q_tree(false, children, site, needed);
  if (negate) pred = unary(ir::kind::not_, pred);
  where_.push_back(pred);
  demote(existing_inner);
}

ir::node* query_resolver::q_tree(bool connector_or, const node_refs& children, use_site site,
                                 alias_list& needed_inner) {
  // JoinPromoter: a join every child needs may be INNER; under OR a join only some children
  // need must be LEFT OUTER so the other branches keep their rows. NOT flips the connector.
  const bool effective_or = site.negated ? !connector_or : connector_or;
  small<std::pair<int, int>> votes;  // join index, how many children need it
  small<ir::node*> parts;
  for (const ast::node* child : children) {
    alias_list child_votes;
    parts.push_back(q_child(*child, site, child_votes));
    for (int a : unique(std::move(child_votes))) {
      auto it =
          std::find_if(votes.begin(), votes.end(), [a](const auto& v) { return v.first == a; });
      if (it == votes.end())
        votes.emplace_back(a, 1);
      else
        ++it->second;
    }
  }
  alias_list to_promote, to_demote;
  const int n = static_cast<int>(children.size());
  for (auto [alias, count] : votes) {
    if (effective_or && count < n) to_promote.push_back(alias);
    if (!effective_or || count == n) to_demote.push_back(alias);
  }
  promote(to_promote);
  demote(to_demote);
  needed_inner = to_demote;
  if (parts.size() == 1) return parts.front();
  return junction(connector_or ? ir::kind::or_ : ir::kind::and_, std::move(parts));
}

ir::node* query_resolver::q_child(const ast::node& n, const use_site& site, alias_list& votes) {
  auto pointers = [](const std::vector<ast::expr>& v) {
    node_refs out;
    out.reserve(v.size());
    for (const auto& e : v) out.push_back(e.get());
    return out;
  };
  switch (n.kind) {
    case ast::node_kind::lookup: return leaf(n, site, votes);
    case ast::node_kind::q_and:
      if (n.args.empty()) return truth(true);
      return q_tree(false, pointers(n.args), site, votes);
    case ast::node_kind::q_or:
      if (n.args.empty()) return truth(true);
      return q_tree(true, pointers(n.args), site, votes);
    case ast::node_kind::q_not: {
      use_site inner = site;
      inner.negated = !inner.negated;
      inner.branch_negated = true;
      return unary(ir::kind::not_, q_tree(false, pointers(n.args), inner, votes));
    }
    default: {
      // A conditional expression (Exists(...), a boolean annotation): no join votes.
      ir::node* c = condition(n, site, nullptr);
      return c;
    }
  }
}

bool query_resolver::path_is_multi(std::string_view path) const {
  const model* m = &model_;
  std::size_t start = 0;
  if (find_annotation(path.substr(0, path.find("__")))) return false;
  while (m) {
    const auto at = path.find("__", start);
    const auto part = path.substr(start, at == std::string_view::npos ? at : at - start);
    const member* mem = m->find(part);
    if (!mem || mem->what == member::kind::column) return false;
    const auto& r = cx_.s.rel(mem->index);
    if (r.multi_valued) return true;
    if (at == std::string_view::npos) return false;
    m = &cx_.s.at(r.to_model);
    start = at + 2;
  }
  return false;
}

ir::node* query_resolver::leaf(const ast::node& lookup, const use_site& site, alias_list& votes) {
  if (lookup.args.empty()) fail(error_code::bad_argument, "lookup without a value", lookup.span);
  const ast::node& rhs = *lookup.args[0];
  if (site.branch_negated && path_is_multi(lookup.name)) return exclude_multi(lookup);

  path_end end = walk(lookup.name, lookup.span, site, true);
  ir::node* lhs = end.expr;
  std::string_view name = "exact";
  ir::node* year_input = nullptr;  // the operand of a trailing __year, for index-friendly bounds
  for (std::size_t i = 0; i < end.rest.size(); ++i) {
    const auto part = end.rest[i];
    if (i + 1 == end.rest.size() && is_lookup_name(part)) {
      name = part;
      break;
    }
    const auto* t = find_transform(part);
    if (!t)
      throw_unknown(error_code::unknown_lookup, "lookup or transform", part,
                    end.target ? std::string_view(end.target->name) : std::string_view{},
                    nearest_names(part, lookup_and_transform_names()), lookup.span);
    if (lhs->typed && lhs->type != type_class::date && lhs->type != type_class::datetime &&
        !(lhs->type == type_class::time && t->needs_time))
      fail(error_code::bad_lookup,
           fmt::format("transform '{}' needs a date or datetime, not {}", part,
                       end.target ? end.target->name : std::string("this expression")),
           lookup.span);
    if (t->needs_time && lhs->typed && lhs->type == type_class::date)
      fail(error_code::bad_lookup, fmt::format("transform '{}' needs a datetime, not a date", part),
           lookup.span);
    year_input = t->part == ir::date_part::year ? lhs : nullptr;
    ir::node* x = make(ir::kind::extract);
    x->op = static_cast<std::uint8_t>(t->part);
    x->a = lhs;
    x->typed = true;
    x->type = t->part == ir::date_part::date   ? type_class::date
              : t->part == ir::date_part::time ? type_class::time
                                               : type_class::integer;
    x->has_aggregate = lhs->has_aggregate;
    lhs = x;
  }

  const bool rhs_null = is_literal(rhs, value_kind::null);
  if (rhs_null && (name == "exact" || name == "iexact"))
    name = "isnull";  // Django: None means IS NULL
  const bool isnull_true =
      name == "isnull" && (rhs_null || (is_literal(rhs, value_kind::boolean) && rhs.val.as_bool()));

  alias_list rhs_votes;
  ir::node* pred = nullptr;
  if (year_input &&
      (name == "exact" || name == "gt" || name == "gte" || name == "lt" || name == "lte") &&
      is_literal(rhs, value_kind::integer))
    pred = year_bounds(year_input, name, rhs);
  else if (name == "isnull" && rhs_null)
    pred = unary(ir::kind::is_null, lhs);
  else
    pred = lookup_predicate(lhs, end.target, name, rhs, lookup.span, site, &rhs_votes);

  bool require_outer = isnull_true && !site.negated;
  if (site.negated && !isnull_true) {
    // NOT (x = v) is NULL, not true, where x is NULL: Django keeps those rows by testing
    // x IS NOT NULL inside the negation.
    require_outer = true;
    if (name != "isnull" && end.nullable) {
      ir::node* not_null = unary(ir::kind::is_null, lhs);
      not_null->flag = true;
      pred = junction(ir::kind::and_, {pred, not_null});
    }
  }
  if (!require_outer) {
    votes.insert(votes.end(), end.joins.begin(), end.joins.end());
    votes.insert(votes.end(), rhs_votes.begin(), rhs_votes.end());
  }
  return pred;
}

ir::node* query_resolver::year_bounds(ir::node* inner, std::string_view lookup,
                                      const ast::node& rhs) {
  const auto year = static_cast<int>(rhs.val.as_int());
  const bool dt = inner->typed && inner->type == type_class::datetime;
  auto bound = [&](bool end) -> ir::node* {
    if (dt)
      return owned_param(end ? value(datetime{{year, 12, 31}, 23, 59, 59, 999999})
                             : value(datetime{{year, 1, 1}, 0, 0, 0, 0}),
                         type_class::datetime);
    return owned_param(end ? value(date{year, 12, 31}) : value(date{year, 1, 1}), type_class::date);
  };
  auto cmp = [&](ir::compare_op op, bool end) {
    ir::node* c = binary_node(ir::kind::compare, inner, bound(end));
    c->op = static_cast<std::uint8_t>(op);
    return c;
  };
  if (lookup == "exact") {
    ir::node* b = predicate(ir::kind::between, inner);
    b->b = bound(false);
    b->c = bound(true);
    return b;
  }
  if (lookup == "gt") return cmp(ir::compare_op::gt, true);
  if (lookup == "gte") return cmp(ir::compare_op::ge, false);
  if (lookup == "lt") return cmp(ir::compare_op::lt, false);
  return cmp(ir::compare_op::le, true);
}

ir::node* query_resolver::lookup_predicate(ir::node* lhs, const field* target,
                                           std::string_view name, const ast::node& rhs,
                                           source_span span, const use_site& site,
                                           alias_list* votes) {
  const type_class type = lhs->typed ? lhs->type : type_class::text;
  auto operand = [&](const ast::node& v) -> ir::node* {
    if (v.kind == ast::node_kind::literal) {
      if (v.val.is_null())
        fail(error_code::bad_value, fmt::format("None cannot be used with the '{}' lookup", name),
             v.span);
      return value_param(v, target, type, v.span);
    }
    return expression(v, site, votes);
  };
  if (name == "isnull") {
    if (!is_literal(rhs, value_kind::boolean))
      fail(error_code::bad_value, "the isnull lookup takes True or False", rhs.span);
    ir::node* n = unary(ir::kind::is_null, lhs);
    n->flag = !rhs.val.as_bool();
    return n;
  }
  if (name == "in") {
    if (rhs.kind == ast::node_kind::subquery) {
      ir::node* n = predicate(ir::kind::in_subquery, lhs);
      n->sub = subquery_value(*rhs.sub, false, rhs.span)->sub;
      return n;
    }
    if (rhs.kind != ast::node_kind::list)
      fail(error_code::bad_value, "the in lookup takes a list, a tuple or a queryset", rhs.span);
    if (rhs.args.size() > max_in_list)
      fail(error_code::limit_exceeded,
           fmt::format("an in list holds at most {} values, not {}", max_in_list, rhs.args.size()),
           rhs.span);
    ir::node* n = predicate(ir::kind::in_list, lhs);
    n->items = make_list();
    for (const auto& item : rhs.args) {
      if (is_literal(*item, value_kind::null)) continue;  // NULL never matches
      n->items->push_back(operand(*item));
    }
    if (n->items->empty()) return truth(false);
    return n;
  }
  if (name == "range") {
    if (rhs.kind != ast::node_kind::list || rhs.args.size() != 2)
      fail(error_code::bad_value, "the range lookup takes a pair (low, high)", rhs.span);
    ir::node* n = predicate(ir::kind::between, lhs);
    n->b = operand(*rhs.args[0]);
    n->c = operand(*rhs.args[1]);
    n->has_aggregate = n->has_aggregate || n->b->has_aggregate || n->c->has_aggregate;
    return n;
  }
  if (rhs.kind == ast::node_kind::list)
    fail(error_code::bad_value, fmt::format("the '{}' lookup takes one value, not a list", name),
         rhs.span);

  static const std::map<std::string_view, ir::compare_op, std::less<>> compares{
      {"exact", ir::compare_op::eq},
      {"gt", ir::compare_op::gt},
      {"gte", ir::compare_op::ge},
      {"lt", ir::compare_op::lt},
      {"lte", ir::compare_op::le}};
  if (name == "exact" && lhs->conditional && is_literal(rhs, value_kind::boolean))
    // A predicate (Exists(), a Q annotation) compared with True/False is itself or its negation:
    // `EXISTS(...) = 1` is not valid SQL everywhere.
    return rhs.val.as_bool() ? lhs : unary(ir::kind::not_, lhs);
  if (auto it = compares.find(name); it != compares.end()) {
    ir::node* c = binary_node(ir::kind::compare, lhs, operand(rhs));
    c->op = static_cast<std::uint8_t>(it->second);
    return c;
  }
  if (name == "regex" || name == "iregex") {
    ir::node* r = binary_node(ir::kind::regex, lhs, operand(rhs));
    r->flag = name == "iregex";
    return r;
  }
  static const std::map<std::string_view, ir::pattern_op, std::less<>> patterns{
      {"iexact", ir::pattern_op::exact_ci},         {"contains", ir::pattern_op::contains},
      {"icontains", ir::pattern_op::icontains},     {"startswith", ir::pattern_op::startswith},
      {"istartswith", ir::pattern_op::istartswith}, {"endswith", ir::pattern_op::endswith},
      {"iendswith", ir::pattern_op::iendswith}};
  const auto it = patterns.find(name);
  if (it == patterns.end())
    fail(error_code::unknown_lookup, fmt::format("unknown lookup '{}'", name), span);
  ir::node* b = operand(rhs);
  if (b->kind == ir::kind::param) b->type = type_class::text;
  ir::node* p = binary_node(ir::kind::pattern, lhs, b);
  p->op = static_cast<std::uint8_t>(it->second);
  return p;
}

ir::node* query_resolver::exclude_multi(const ast::node& lookup) {
  // Conditions over a multi-valued relation inside a negation ask "is there no related row
  // such that ...", so they become NOT EXISTS over the same model correlated on the primary
  // key (Django's split_exclude, without its trimming of leading joins).
  query_resolver inner(cx_, model_, model_index_, this);
  const field& pk = model_.pk_field();
  ir::node* corr =
      binary_node(ir::kind::compare, inner.column(0, pk.column, &pk), column(0, pk.column, &pk));
  corr->op = static_cast<std::uint8_t>(ir::compare_op::eq);
  inner.where_.push_back(corr);
  inner.add_q({&lookup}, false);
  inner.finish_subquery(true);
  ir::node* e = make(ir::kind::exists);
  e->sub = inner.sel_;
  e->conditional = true;
  return e;
}

ir::node* query_resolver::value_param(const ast::node& v, const field* target, type_class type,
                                      source_span span) {
  auto coerced =
      coerce(v.val, type, target ? std::string_view(target->name) : std::string_view{}, span);
  ir::node* p = coerced ? owned_param(std::move(*coerced), type) : param(&v.val, type);
  return p;
}

}  // namespace sqlweave::resolve
