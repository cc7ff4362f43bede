// SPDX-License-Identifier: MIT
// Expressions: F(), values, arithmetic, functions, aggregates, Case/When, subqueries, OuterRef.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "resolve/lookups.hpp"
#include "resolve/query_resolver.hpp"
#include "resolve/values.hpp"

namespace sqlweave::resolve {
namespace {

const ast::node* kwarg(const ast::node& n, std::string_view name) {
  for (const auto& k : n.kwargs)
    if (k.name == name) return k.value.get();
  return nullptr;
}

bool literal_text(const ast::node& n) {
  return n.kind == ast::node_kind::literal && n.val.kind() == value_kind::text;
}

// The type class of arithmetic over two operands: decimal and float win over integer.
type_class arith_type(const ir::node* a, const ir::node* b) {
  auto rank = [](const ir::node* n) {
    if (!n->typed) return 0;
    switch (n->type) {
      case type_class::real: return 3;
      case type_class::decimal: return 2;
      case type_class::integer:
      case type_class::boolean: return 1;
      default: return 4;
    }
  };
  const ir::node* wider = rank(a) >= rank(b) ? a : b;
  return wider->typed ? wider->type : type_class::integer;
}

struct date_function {
  std::string_view name;
  ir::date_part part;
};

constexpr std::array<date_function, 11> extract_functions{{
    {"ExtractYear", ir::date_part::year},
    {"ExtractIsoYear", ir::date_part::iso_year},
    {"ExtractQuarter", ir::date_part::quarter},
    {"ExtractMonth", ir::date_part::month},
    {"ExtractWeek", ir::date_part::week},
    {"ExtractWeekDay", ir::date_part::week_day},
    {"ExtractIsoWeekDay", ir::date_part::iso_week_day},
    {"ExtractDay", ir::date_part::day},
    {"ExtractHour", ir::date_part::hour},
    {"ExtractMinute", ir::date_part::minute},
    {"ExtractSecond", ir::date_part::second},
}};

constexpr std::array<date_function, 10> trunc_functions{{
    {"TruncYear", ir::date_part::year},
    {"TruncQuarter", ir::date_part::quarter},
    {"TruncMonth", ir::date_part::month},
    {"TruncWeek", ir::date_part::week},
    {"TruncDay", ir::date_part::day},
    {"TruncDate", ir::date_part::date},
    {"TruncTime", ir::date_part::time},
    {"TruncHour", ir::date_part::hour},
    {"TruncMinute", ir::date_part::minute},
    {"TruncSecond", ir::date_part::second},
}};

struct scalar_function {
  std::string_view name;
  ir::fn f;
  int min_args;
  int max_args;
  std::optional<type_class> type;  // empty: the first typed argument's
};

constexpr std::array<scalar_function, 29> scalar_functions{{
    {"Coalesce", ir::fn::coalesce, 2, 64, {}},
    {"Greatest", ir::fn::greatest, 2, 64, {}},
    {"Least", ir::fn::least, 2, 64, {}},
    {"NullIf", ir::fn::nullif, 2, 2, {}},
    {"Concat", ir::fn::concat, 2, 64, type_class::text},
    {"Lower", ir::fn::lower, 1, 1, type_class::text},
    {"Upper", ir::fn::upper, 1, 1, type_class::text},
    {"Length", ir::fn::length, 1, 1, type_class::integer},
    {"Trim", ir::fn::trim, 1, 1, type_class::text},
    {"LTrim", ir::fn::ltrim, 1, 1, type_class::text},
    {"RTrim", ir::fn::rtrim, 1, 1, type_class::text},
    {"Substr", ir::fn::substr, 2, 3, type_class::text},
    {"Replace", ir::fn::replace, 2, 3, type_class::text},
    {"Abs", ir::fn::abs, 1, 1, {}},
    {"Round", ir::fn::round, 1, 2, {}},
    {"Ceil", ir::fn::ceil, 1, 1, {}},
    {"Floor", ir::fn::floor, 1, 1, {}},
    {"Mod", ir::fn::mod, 2, 2, {}},
    {"Power", ir::fn::power, 2, 2, type_class::real},
    {"Sqrt", ir::fn::sqrt, 1, 1, type_class::real},
    {"Sign", ir::fn::sign, 1, 1, type_class::integer},
    {"Now", ir::fn::now, 0, 0, type_class::datetime},
    {"Left", ir::fn::left, 2, 2, type_class::text},
    {"Right", ir::fn::right, 2, 2, type_class::text},
    {"StrIndex", ir::fn::strindex, 2, 2, type_class::integer},
    {"Repeat", ir::fn::repeat, 2, 2, type_class::text},
    {"LPad", ir::fn::lpad, 2, 3, type_class::text},
    {"RPad", ir::fn::rpad, 2, 3, type_class::text},
    {"Reverse", ir::fn::reverse, 1, 1, type_class::text},
}};

// Arguments of these positions are plain values even when given as bare literals.
bool literal_argument(ir::fn f, std::size_t index) {
  switch (f) {
    case ir::fn::substr:
    case ir::fn::round:
    case ir::fn::left:
    case ir::fn::right:
    case ir::fn::repeat:
    case ir::fn::lpad:
    case ir::fn::rpad: return index > 0;
    default: return false;
  }
}

std::optional<type_class> field_type_class(const ast::node& output_field) {
  if (output_field.kind != ast::node_kind::call) return std::nullopt;
  auto t = field_type_from_name(output_field.name);
  if (!t) return std::nullopt;
  return class_of(*t);
}

}  // namespace

ir::node* query_resolver::make(ir::kind k) {
  auto* mem = cx_.arena->allocate(sizeof(ir::node), alignof(ir::node));
  auto* n = new (mem) ir::node;
  n->kind = k;
  return n;
}

ir::list<ir::node*>* query_resolver::make_list() {
  auto* mem = cx_.arena->allocate(sizeof(ir::list<ir::node*>), alignof(ir::list<ir::node*>));
  return new (mem) ir::list<ir::node*>(cx_.arena);
}

ir::node* query_resolver::column(int table, std::string_view col, const field* f) {
  ir::node* n = make(ir::kind::column);
  n->table = sel_->tables[static_cast<std::size_t>(table)];
  n->column = col;
  if (f) {
    n->typed = true;
    n->type = class_of(f->type);
  }
  return n;
}

ir::node* query_resolver::param(const value* v, type_class type) {
  ir::node* n = make(v->is_null() ? ir::kind::null : ir::kind::param);
  n->val = v;
  n->typed = true;
  n->type = type;
  return n;
}

ir::node* query_resolver::owned_param(value v, type_class type) {
  cx_.owned_values.push_back(std::make_unique<value>(std::move(v)));
  return param(cx_.owned_values.back().get(), type);
}

ir::node* query_resolver::truth(bool b) {
  ir::node* n = make(ir::kind::truth);
  n->flag = b;
  n->conditional = true;
  return n;
}

ir::node* query_resolver::unary(ir::kind k, ir::node* a) {
  ir::node* n = make(k);
  n->a = a;
  n->has_aggregate = a->has_aggregate;
  n->conditional = k == ir::kind::not_ || k == ir::kind::is_null;
  n->typed = a->typed;
  n->type = a->type;
  return n;
}

ir::node* query_resolver::binary_node(ir::kind k, ir::node* a, ir::node* b) {
  ir::node* n = make(k);
  n->a = a;
  n->b = b;
  n->has_aggregate = a->has_aggregate || b->has_aggregate;
  n->conditional = k == ir::kind::compare || k == ir::kind::pattern || k == ir::kind::regex;
  return n;
}

ir::node* query_resolver::predicate(ir::kind k, ir::node* lhs) {
  // A condition on `lhs`: an aggregate inside makes it a HAVING condition.
  ir::node* n = make(k);
  n->a = lhs;
  n->conditional = true;
  n->has_aggregate = lhs->has_aggregate;
  return n;
}

ir::node* query_resolver::junction(ir::kind k, small<ir::node*> parts) {
  ir::node* n = make(k);
  n->items = make_list();
  n->conditional = true;
  for (auto* p : parts) {
    n->has_aggregate = n->has_aggregate || p->has_aggregate;
    n->items->push_back(p);
  }
  return n;
}

const query_resolver::annotation* query_resolver::find_annotation(std::string_view name) const {
  for (const auto& a : annotations_)
    if (a.name == name) return &a;
  return nullptr;
}

void query_resolver::unknown_name(std::string_view name, source_span span, const model& m) const {
  auto names = m.member_names();
  if (&m == &model_)
    for (const auto& a : annotations_) names.push_back(a.name);
  throw_unknown(error_code::unknown_field, "field", name, m.name, nearest_names(name, names), span);
}

ir::node* query_resolver::field_ref(std::string_view path, source_span span, const use_site& site,
                                    alias_list* votes, path_end* walked) {
  path_end end = walk(path, span, site, false);
  if (votes) votes->insert(votes->end(), end.joins.begin(), end.joins.end());
  ir::node* e = end.expr;
  for (auto part : end.rest) {
    const transform_info* t = find_transform(part);
    if (!t)
      fail(error_code::unknown_lookup,
           fmt::format("'{}' is neither a field nor a transform after '{}'", part, path), span);
    ir::node* x = make(ir::kind::extract);
    x->op = static_cast<std::uint8_t>(t->part);
    x->a = e;
    x->typed = true;
    x->type = t->part == ir::date_part::date   ? type_class::date
              : t->part == ir::date_part::time ? type_class::time
                                               : type_class::integer;
    x->has_aggregate = e->has_aggregate;
    e = x;
  }
  if (walked) *walked = std::move(end);
  return e;
}

ir::node* query_resolver::expression(const ast::node& n, const use_site& site, alias_list* votes) {
  switch (n.kind) {
    case ast::node_kind::literal: return param(&n.val, class_of(n.val));
    case ast::node_kind::param: {
      ir::node* p = make(ir::kind::param);
      p->param_name = n.name;
      return p;
    }
    case ast::node_kind::field: return field_ref(n.name, n.span, site, votes);
    case ast::node_kind::outer_ref: return outer_ref(n);
    case ast::node_kind::star: return make(ir::kind::star);
    case ast::node_kind::binary: {
      ir::node* a = expression(*n.args[0], site, votes);
      ir::node* b = expression(*n.args[1], site, votes);
      ir::node* x = binary_node(ir::kind::arith, a, b);
      x->op = static_cast<std::uint8_t>(n.op);
      x->typed = true;
      x->type = n.op == ast::arith::pow ? type_class::real : arith_type(a, b);
      return x;
    }
    case ast::node_kind::negate: {
      ir::node* a = expression(*n.args[0], site, votes);
      return unary(ir::kind::negate, a);
    }
    case ast::node_kind::call: return call(n, site, votes);
    case ast::node_kind::lookup:
    case ast::node_kind::q_and:
    case ast::node_kind::q_or:
    case ast::node_kind::q_not: return condition(n, site, votes);
    case ast::node_kind::subquery: return subquery_value(*n.sub, false, n.span);
    case ast::node_kind::list:
      fail(error_code::bad_value, "a list is only allowed as the value of __in or __range", n.span);
    case ast::node_kind::order:
      fail(error_code::bad_argument, "asc()/desc() are only allowed in order_by()", n.span);
    case ast::node_kind::object:
      fail(error_code::bad_argument, "a model instance is only allowed in bulk_create()", n.span);
  }
  fail(error_code::bad_argument, "unsupported expression", n.span);
}

ir::node* query_resolver::condition(const ast::node& n, const use_site& site, alias_list* votes) {
  switch (n.kind) {
    case ast::node_kind::lookup:
    case ast::node_kind::q_and:
    case ast::node_kind::q_or:
    case ast::node_kind::q_not: {
      // A Q used as an expression (When, filter=, annotate): its new joins must not drop rows,
      // so they are promoted back to LEFT OUTER where they can be (Django's Q.resolve_expression).
      use_site inner;
      inner.negated = site.negated;
      alias_list used;
      const std::size_t before = sel_->tables.size();
      ir::node* c = q_child(n, inner, used);
      alias_list fresh;
      for (std::size_t i = before; i < sel_->tables.size(); ++i)
        fresh.push_back(static_cast<int>(i));
      promote(fresh);
      if (votes) votes->insert(votes->end(), used.begin(), used.end());
      return c;
    }
    default: break;
  }
  ir::node* e = expression(n, site, votes);
  if (e->conditional) return e;
  // A boolean expression used as a condition: `expr = TRUE`.
  static const value true_value{true};
  ir::node* c = binary_node(ir::kind::compare, e, param(&true_value, type_class::boolean));
  c->op = static_cast<std::uint8_t>(ir::compare_op::eq);
  return c;
}

ir::node* query_resolver::aggregate(ir::agg_fn f, const ast::node& n, const use_site& site) {
  if (n.args.size() != 1)
    fail(error_code::bad_argument, fmt::format("{}() takes exactly one expression", n.name),
         n.span);
  const ast::node& arg = *n.args[0];
  ir::node* a = nullptr;
  if (literal_text(arg))
    a = arg.val.as_text() == "*" ? make(ir::kind::star)
                                 : field_ref(arg.val.as_text(), arg.span, site, nullptr);
  else
    a = expression(arg, site, nullptr);
  if (a->kind == ir::kind::star && f != ir::agg_fn::count)
    fail(error_code::bad_argument, fmt::format("{}('*') is not allowed; only Count('*')", n.name),
         arg.span);
  if (a->has_aggregate && !summarizing_)
    fail(error_code::bad_argument,
         fmt::format("cannot compute {}() over an aggregate ('{}')", n.name, default_alias(n)),
         n.span);
  ir::node* agg = make(ir::kind::aggregate);
  agg->op = static_cast<std::uint8_t>(f);
  agg->a = a;
  agg->has_aggregate = true;
  agg->typed = true;
  switch (f) {
    case ir::agg_fn::count: agg->type = type_class::integer; break;
    case ir::agg_fn::avg:
      agg->type =
          a->typed && a->type == type_class::decimal ? type_class::decimal : type_class::real;
      break;
    case ir::agg_fn::stddev_pop:
    case ir::agg_fn::stddev_samp:
    case ir::agg_fn::var_pop:
    case ir::agg_fn::var_samp: agg->type = type_class::real; break;
    default: agg->typed = a->typed; agg->type = a->type;
  }
  for (const auto& kw : n.kwargs) {
    if (kw.name == "distinct") {
      if (kw.value->kind != ast::node_kind::literal || kw.value->val.kind() != value_kind::boolean)
        fail(error_code::bad_argument, "distinct= takes True or False", kw.value->span);
      agg->flag = kw.value->val.as_bool();
    } else if (kw.name == "filter") {
      agg->b = condition(*kw.value, site, nullptr);
    } else if (kw.name == "sample") {
      const bool sample = kw.value->kind == ast::node_kind::literal &&
                          kw.value->val.kind() == value_kind::boolean && kw.value->val.as_bool();
      if (f == ir::agg_fn::stddev_pop && sample)
        agg->op = static_cast<std::uint8_t>(ir::agg_fn::stddev_samp);
      if (f == ir::agg_fn::var_pop && sample)
        agg->op = static_cast<std::uint8_t>(ir::agg_fn::var_samp);
    } else if (kw.name != "default" && kw.name != "output_field") {
      fail(error_code::bad_argument,
           fmt::format("{}() got an unexpected keyword '{}'", n.name, kw.name), kw.span);
    }
  }
  if (agg->flag && a->kind == ir::kind::star)
    fail(error_code::bad_argument, "Count('*', distinct=True) is not allowed", n.span);
  if (const ast::node* def = kwarg(n, "default")) {
    // default= is COALESCE over the aggregate, so empty groups give the default, not NULL.
    ir::node* c = make(ir::kind::func);
    c->op = static_cast<std::uint8_t>(ir::fn::coalesce);
    c->items = make_list();
    c->items->push_back(agg);
    c->items->push_back(expression(*def, site, nullptr));
    c->has_aggregate = true;
    c->typed = agg->typed;
    c->type = agg->type;
    return c;
  }
  return agg;
}

std::string_view query_resolver::default_alias(const ast::node& n) {
  // Django's default alias: <field>__<function lowercased>, for one plain field argument only.
  if (n.kind == ast::node_kind::call && n.args.size() == 1) {
    const ast::node& arg = *n.args[0];
    std::string_view path;
    if (literal_text(arg) && arg.val.as_text() != "*") path = arg.val.as_text();
    if (arg.kind == ast::node_kind::field) path = arg.name;
    if (!path.empty()) {
      std::string alias = fmt::format("{}__{}", path, n.name);
      for (auto& c : alias) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return arena_text(alias);
    }
  }
  fail(error_code::bad_argument, "complex expressions need a name: pass it as a keyword argument",
       n.span);
}

ir::node* query_resolver::call(const ast::node& n, const use_site& site, alias_list* votes) {
  const std::string_view name = n.name;
  auto arg = [&](std::size_t i, bool literal_is_value) -> ir::node* {
    const ast::node& a = *n.args[i];
    if (!literal_is_value && literal_text(a))
      return field_ref(a.val.as_text(), a.span, site, votes);
    return expression(a, site, votes);
  };
  static constexpr std::array<std::pair<std::string_view, ir::agg_fn>, 7> aggregates{
      {{"Count", ir::agg_fn::count},
       {"Sum", ir::agg_fn::sum},
       {"Avg", ir::agg_fn::avg},
       {"Min", ir::agg_fn::min},
       {"Max", ir::agg_fn::max},
       {"StdDev", ir::agg_fn::stddev_pop},
       {"Variance", ir::agg_fn::var_pop}}};
  for (const auto& [agg_name, f] : aggregates)
    if (agg_name == name) return aggregate(f, n, site);

  if (name == "Value") {
    if (n.args.size() != 1) fail(error_code::bad_argument, "Value() takes one value", n.span);
    const ast::node& v = *n.args[0];
    if (v.kind != ast::node_kind::literal) return expression(v, site, votes);
    ir::node* p = param(&v.val, class_of(v.val));
    if (const ast::node* of = kwarg(n, "output_field"))
      if (auto t = field_type_class(*of)) p->type = *t;
    return p;
  }
  if (name == "Subquery" || name == "Exists") {
    if (n.args.size() != 1 || n.args[0]->kind != ast::node_kind::subquery)
      fail(error_code::bad_argument, fmt::format("{}() takes a queryset", name), n.span);
    return subquery_value(*n.args[0]->sub, name == "Exists", n.span);
  }
  if (name == "ExpressionWrapper" || name == "Cast") {
    if (n.args.empty() || n.args.size() > 2)
      fail(error_code::bad_argument, fmt::format("{}() takes an expression and output_field", name),
           n.span);
    const ast::node* of = kwarg(n, "output_field");
    if (!of && n.args.size() > 1) of = n.args[1].get();
    if (!of) fail(error_code::bad_argument, fmt::format("{}() needs output_field=", name), n.span);
    const auto type =
        of->kind == ast::node_kind::call ? field_type_from_name(of->name) : std::nullopt;
    if (!type)
      fail(error_code::bad_argument, "output_field= takes a field such as models.IntegerField()",
           of->span);
    ir::node* e = arg(0, false);
    if (name == "ExpressionWrapper") {
      e->typed = true;
      e->type = class_of(*type);
      return e;
    }
    ir::node* c = unary(ir::kind::cast, e);
    c->conditional = false;
    c->op = static_cast<std::uint8_t>(*type);
    c->typed = true;
    c->type = class_of(*type);
    if (const ast::node* len = kwarg(*of, "max_length");
        len && len->val.kind() == value_kind::integer)
      c->number = len->val.as_int();
    if (const ast::node* d = kwarg(*of, "max_digits"); d && d->val.kind() == value_kind::integer) {
      const ast::node* p = kwarg(*of, "decimal_places");
      c->number = d->val.as_int() * 1000 +
                  (p && p->val.kind() == value_kind::integer ? p->val.as_int() : 0);
    }
    return c;
  }
  if (name == "Case") {
    ir::node* c = make(ir::kind::case_when);
    c->items = make_list();
    for (const auto& w : n.args) {
      if (w->kind != ast::node_kind::call || w->name != "When")
        fail(error_code::bad_argument, "Case() takes When(...) arguments", w->span);
      const ast::node* then = kwarg(*w, "then");
      if (!then) fail(error_code::bad_argument, "When() needs then=", w->span);
      small<ir::node*> conds;
      for (const auto& cond : w->args) conds.push_back(condition(*cond, site, votes));
      for (const auto& kw : w->kwargs) {
        if (kw.name == "then") continue;
        ast::node look;
        look.kind = ast::node_kind::lookup;
        look.name = kw.name;
        look.args.push_back(kw.value);
        look.span = kw.span;
        conds.push_back(condition(look, site, votes));
      }
      if (conds.empty()) fail(error_code::bad_argument, "When() needs a condition", w->span);
      ir::node* result = literal_text(*then)
                             ? field_ref(then->val.as_text(), then->span, site, votes)
                             : expression(*then, site, votes);
      c->items->push_back(conds.size() == 1 ? conds[0] : junction(ir::kind::and_, conds));
      c->items->push_back(result);
      c->has_aggregate = c->has_aggregate || result->has_aggregate;
      if (!c->typed && result->typed && result->kind != ir::kind::null) {
        c->typed = true;
        c->type = result->type;
      }
    }
    if (const ast::node* def = kwarg(n, "default")) {
      c->c = literal_text(*def) ? field_ref(def->val.as_text(), def->span, site, votes)
                                : expression(*def, site, votes);
      if (!c->typed && c->c->typed && c->c->kind != ir::kind::null) {
        c->typed = true;
        c->type = c->c->type;
      }
    }
    if (const ast::node* of = kwarg(n, "output_field"))
      if (auto t = field_type_class(*of)) {
        c->typed = true;
        c->type = *t;
      }
    return c;
  }
  const bool is_extract = name == "Extract";
  const bool is_trunc = name == "Trunc";
  std::optional<ir::date_part> part;
  for (const auto& f : extract_functions)
    if (f.name == name) part = f.part;
  const bool trunc_family = is_trunc || std::any_of(trunc_functions.begin(), trunc_functions.end(),
                                                    [&](const auto& f) { return f.name == name; });
  for (const auto& f : trunc_functions)
    if (f.name == name) part = f.part;
  if (is_extract || is_trunc) {
    if (n.args.size() != 2 || !literal_text(*n.args[1]))
      fail(error_code::bad_argument,
           fmt::format("{}() takes an expression and a kind such as 'year'", name), n.span);
    const auto& kind = n.args[1]->val.as_text();
    const transform_info* t = find_transform(kind);
    // The kind is checked against a fixed list: it never reaches the SQL text as given.
    if (!t || (is_extract && (t->part == ir::date_part::date || t->part == ir::date_part::time)))
      throw_unknown(error_code::bad_argument, "kind", kind, name,
                    nearest_names(kind, lookup_and_transform_names()), n.args[1]->span);
    part = t->part;
  } else if (part && n.args.size() != 1) {
    fail(error_code::bad_argument, fmt::format("{}() takes one expression", name), n.span);
  }
  if (part) {
    ir::node* a = arg(0, false);
    if (a->typed && a->type != type_class::date && a->type != type_class::datetime)
      fail(error_code::bad_lookup, fmt::format("{}() needs a date or datetime expression", name),
           n.args[0]->span);
    const bool needs_time = *part == ir::date_part::hour || *part == ir::date_part::minute ||
                            *part == ir::date_part::second || *part == ir::date_part::time;
    if (needs_time && a->typed && a->type == type_class::date)
      fail(error_code::bad_lookup, fmt::format("{}() needs a datetime, not a date", name),
           n.args[0]->span);
    ir::node* x = make(trunc_family ? ir::kind::trunc : ir::kind::extract);
    x->op = static_cast<std::uint8_t>(*part);
    x->a = a;
    x->typed = true;
    x->has_aggregate = a->has_aggregate;
    if (!trunc_family)
      x->type = type_class::integer;
    else if (*part == ir::date_part::date)
      x->type = type_class::date;
    else if (*part == ir::date_part::time)
      x->type = type_class::time;
    else
      x->type = a->typed ? a->type : type_class::datetime;
    if (trunc_family)
      if (const ast::node* of = kwarg(n, "output_field"))
        if (auto t = field_type_class(*of)) x->type = *t;
    return x;
  }
  for (const auto& f : scalar_functions) {
    if (f.name != name) continue;
    const auto count = static_cast<int>(n.args.size());
    if (count < f.min_args || count > f.max_args)
      fail(error_code::bad_argument,
           f.min_args == f.max_args ? fmt::format("{}() takes {} argument{}, got {}", name,
                                                  f.min_args, f.min_args == 1 ? "" : "s", count)
                                    : fmt::format("{}() takes {} to {} arguments, got {}", name,
                                                  f.min_args, f.max_args, count),
           n.span);
    ir::node* x = make(ir::kind::func);
    x->op = static_cast<std::uint8_t>(f.f);
    x->items = make_list();
    for (std::size_t i = 0; i < n.args.size(); ++i) {
      ir::node* a = arg(i, literal_argument(f.f, i));
      x->has_aggregate = x->has_aggregate || a->has_aggregate;
      x->items->push_back(a);
      if (!x->typed && a->typed && a->kind != ir::kind::null && !f.type) {
        x->typed = true;
        x->type = a->type;
      }
    }
    if (f.f == ir::fn::replace && n.args.size() == 2) {
      static const value empty{""};
      x->items->push_back(param(&empty, type_class::text));
    }
    if (f.type) {
      x->typed = true;
      x->type = *f.type;
    }
    if (const ast::node* of = kwarg(n, "output_field"))
      if (auto t = field_type_class(*of)) {
        x->typed = true;
        x->type = *t;
      }
    return x;
  }
  std::vector<std::string_view> known{"Count",
                                      "Sum",
                                      "Avg",
                                      "Min",
                                      "Max",
                                      "StdDev",
                                      "Variance",
                                      "Value",
                                      "Subquery",
                                      "Exists",
                                      "ExpressionWrapper",
                                      "Cast",
                                      "Case",
                                      "When",
                                      "Extract",
                                      "Trunc"};
  for (const auto& f : scalar_functions) known.push_back(f.name);
  for (const auto& f : extract_functions) known.push_back(f.name);
  for (const auto& f : trunc_functions) known.push_back(f.name);
  throw_unknown(error_code::unknown_function, "function", name, {}, nearest_names(name, known),
                n.span);
}

ir::node* query_resolver::subquery_value(const ast::query& q, bool exists, source_span span) {
  const int index = cx_.s.model_index(q.model, q.model_span.empty() ? span : q.model_span);
  query_resolver inner(cx_, cx_.s.at(index), index, this);
  ir::node* n = make(exists ? ir::kind::exists : ir::kind::subquery);
  n->sub = inner.run_as_subquery(q, exists);
  n->conditional = exists;
  if (!exists) {
    if (n->sub->items.size() != 1)
      fail(error_code::bad_argument,
           "a subquery used as a value must select exactly one column (use values())", span);
    const ir::node* item = n->sub->items.front().expr;
    n->typed = item->typed;
    n->type = item->type;
  }
  return n;
}

ir::node* query_resolver::outer_ref(const ast::node& n) {
  if (!outer_)
    fail(error_code::bad_argument, "OuterRef() is only allowed inside a subquery", n.span);
  if (!n.args.empty() && n.args[0]->kind == ast::node_kind::outer_ref)
    return outer_->outer_ref(*n.args[0]);
  return outer_->field_ref(n.name, n.span, use_site{}, nullptr);
}

}  // namespace sqlweave::resolve
