// SPDX-License-Identifier: MIT
// The fluent builder only packs calls into ast:: nodes, the same ones the text DSL produces.
#include <utility>

#include "sqlweave/query.hpp"

namespace sqlweave {
namespace {

ast::expr node_of(ast::node_kind k, std::vector<ast::expr> args = {}, std::string name = {}) {
  ast::node n;
  n.kind = k;
  n.args = std::move(args);
  n.name = std::move(name);
  return ast::make_node(std::move(n));
}

ast::expr arith(ast::arith op, const expression& a, const expression& b) {
  ast::node n;
  n.kind = ast::node_kind::binary;
  n.op = op;
  n.args = {a.node(), b.node()};
  return ast::make_node(std::move(n));
}

std::vector<ast::kwarg> kwargs_of(std::vector<keyword> kw) {
  std::vector<ast::kwarg> out;
  out.reserve(kw.size());
  for (auto& [name, e] : kw) out.push_back({std::move(name), e.node(), {}});
  return out;
}

ast::expr subquery_of(const queryset& qs) {
  ast::node n;
  n.kind = ast::node_kind::subquery;
  n.sub = std::make_shared<const ast::query>(qs.ast());
  return ast::make_node(std::move(n));
}

std::vector<ast::expr> names_of(const std::vector<std::string>& names) {
  std::vector<ast::expr> out;
  out.reserve(names.size());
  for (const auto& n : names) out.push_back(ast::make_literal(value(n)));
  return out;
}

}  // namespace

expression::expression(std::initializer_list<expression> items) {
  std::vector<ast::expr> args;
  for (const auto& i : items) args.push_back(i.node());
  node_ = node_of(ast::node_kind::list, std::move(args));
}

expression::expression(const queryset& qs) : node_(subquery_of(qs)) {}

expression expression::asc(ast::nulls_order n) const {
  ast::node o;
  o.kind = ast::node_kind::order;
  o.args = {node_};
  o.nulls = n;
  return ast::make_node(std::move(o));
}

expression expression::desc(ast::nulls_order n) const {
  ast::node o;
  o.kind = ast::node_kind::order;
  o.args = {node_};
  o.descending = true;
  o.nulls = n;
  return ast::make_node(std::move(o));
}

expression expression::bit_and(const expression& other) const {
  return arith(ast::arith::bit_and, *this, other);
}
expression expression::bit_or(const expression& other) const {
  return arith(ast::arith::bit_or, *this, other);
}
expression expression::bit_xor(const expression& other) const {
  return arith(ast::arith::bit_xor, *this, other);
}
expression expression::bit_left_shift(const expression& other) const {
  return arith(ast::arith::bit_left_shift, *this, other);
}
expression expression::bit_right_shift(const expression& other) const {
  return arith(ast::arith::bit_right_shift, *this, other);
}

expression operator+(const expression& a, const expression& b) {
  return arith(ast::arith::add, a, b);
}
expression operator-(const expression& a, const expression& b) {
  return arith(ast::arith::sub, a, b);
}
expression operator*(const expression& a, const expression& b) {
  return arith(ast::arith::mul, a, b);
}
expression operator/(const expression& a, const expression& b) {
  return arith(ast::arith::div, a, b);
}
expression operator%(const expression& a, const expression& b) {
  return arith(ast::arith::mod, a, b);
}
expression operator-(const expression& a) {
  return node_of(ast::node_kind::negate, {a.node()});
}
namespace {
// a | b | c is one OR of three, as in the text front end.
ast::expr junction(ast::node_kind kind, const expression& a, const expression& b) {
  std::vector<ast::expr> args;
  if (a.node()->kind == kind)
    args = a.node()->args;
  else
    args.push_back(a.node());
  args.push_back(b.node());
  return node_of(kind, std::move(args));
}
}  // namespace

expression operator&(const expression& a, const expression& b) {
  return junction(ast::node_kind::q_and, a, b);
}
expression operator|(const expression& a, const expression& b) {
  return junction(ast::node_kind::q_or, a, b);
}
expression operator~(const expression& a) {
  return node_of(ast::node_kind::q_not, {a.node()});
}

expression Q(std::string_view lookup, expression rhs) {
  return node_of(ast::node_kind::lookup, {rhs.node()}, std::string(lookup));
}
expression F(std::string_view path) {
  return ast::make_field(std::string(path));
}
expression OuterRef(std::string_view path) {
  return node_of(ast::node_kind::outer_ref, {}, std::string(path));
}
expression Value(sqlweave::value v) {
  return func("Value", {expression(std::move(v))});
}
expression param(std::string_view name) {
  return node_of(ast::node_kind::param, {}, std::string(name));
}

expression func(std::string_view name, std::vector<expression> args, std::vector<keyword> kwargs) {
  ast::node n;
  n.kind = ast::node_kind::call;
  n.name = std::string(name);
  for (auto& a : args) n.args.push_back(a.node());
  n.kwargs = kwargs_of(std::move(kwargs));
  return ast::make_node(std::move(n));
}

aggregate aggregate::with(std::string name, const expression& v) const {
  ast::node n = *node();
  n.kwargs.push_back({std::move(name), v.node(), {}});
  return aggregate(ast::make_node(std::move(n)));
}

aggregate aggregate::distinct() const {
  return with("distinct", true);
}
aggregate aggregate::filter(const expression& condition) const {
  return with("filter", condition);
}
aggregate aggregate::default_value(const expression& v) const {
  return with("default", v);
}
aggregate aggregate::sample() const {
  return with("sample", true);
}

namespace {
aggregate aggregate_of(std::string_view name, expression arg) {
  return aggregate(func(name, {std::move(arg)}).node());
}
}  // namespace

aggregate Count(expression arg) {
  return aggregate_of("Count", std::move(arg));
}
aggregate Sum(expression arg) {
  return aggregate_of("Sum", std::move(arg));
}
aggregate Avg(expression arg) {
  return aggregate_of("Avg", std::move(arg));
}
aggregate Min(expression arg) {
  return aggregate_of("Min", std::move(arg));
}
aggregate Max(expression arg) {
  return aggregate_of("Max", std::move(arg));
}
aggregate StdDev(expression arg) {
  return aggregate_of("StdDev", std::move(arg));
}
aggregate Variance(expression arg) {
  return aggregate_of("Variance", std::move(arg));
}
expression Exists(const queryset& qs) {
  return func("Exists", {expression(qs)});
}
expression Subquery(const queryset& qs) {
  return func("Subquery", {expression(qs)});
}
namespace trusted {
expression raw_sql(std::string sql, std::vector<expression> params) {
  return func("RawSQL", {expression(std::move(sql)), expression(node_of(ast::node_kind::list, [&] {
                           std::vector<ast::expr> items;
                           for (auto& p : params) items.push_back(p.node());
                           return items;
                         }()))});
}
expression function(std::string name, std::vector<expression> args) {
  return func("Func", std::move(args), {{"function", expression(std::move(name))}});
}
expression sql_template(std::string sql, std::vector<expression> args) {
  return func("Func", std::move(args), {{"template", expression(std::move(sql))}});
}
}  // namespace trusted

expression object(std::string model, std::vector<keyword> fields) {
  return func(model, {}, std::move(fields));
}

queryset::queryset(std::string model) {
  q_.model = std::move(model);
}

queryset through_manager(std::string model, std::string manager) {
  ast::query q;
  q.model = std::move(model);
  q.manager = std::move(manager);
  return queryset(std::move(q));
}

queryset through_objects(std::string model, std::string relation) {
  ast::query q;
  q.model = std::move(model);
  q.through = std::move(relation);
  return queryset(std::move(q));
}

queryset queryset::with(ast::step st) const {
  queryset out = *this;
  out.q_.steps.push_back(std::move(st));
  return out;
}

terminal_query queryset::end(ast::step st) const {
  ast::query q = q_;
  q.steps.push_back(std::move(st));
  return terminal_query(std::move(q));
}

bulk_create_options& bulk_create_options::batch_size(std::int64_t rows) {
  kw_.emplace_back("batch_size", rows);
  return *this;
}
bulk_create_options& bulk_create_options::ignore_conflicts() {
  kw_.emplace_back("ignore_conflicts", true);
  return *this;
}
bulk_create_options& bulk_create_options::update_conflicts(std::vector<std::string> update_fields,
                                                           std::vector<std::string> unique) {
  kw_.emplace_back("update_conflicts", true);
  kw_.emplace_back("update_fields",
                   expression(node_of(ast::node_kind::list, names_of(update_fields))));
  if (!unique.empty()) unique_fields(std::move(unique));
  return *this;
}
bulk_create_options& bulk_create_options::unique_fields(std::vector<std::string> fields) {
  kw_.emplace_back("unique_fields", expression(node_of(ast::node_kind::list, names_of(fields))));
  return *this;
}

namespace {
ast::step step_of(ast::step_kind k, std::vector<ast::expr> args = {},
                  std::vector<ast::kwarg> kw = {}) {
  ast::step st;
  st.kind = k;
  st.args = std::move(args);
  st.kwargs = std::move(kw);
  return st;
}

queryset combined(const queryset& a, ast::step_kind k, const queryset& b) {
  ast::query q = a.ast();
  q.steps.push_back(step_of(k, {subquery_of(b)}));
  return queryset(std::move(q));
}
}  // namespace

queryset queryset::all() const {
  return with(step_of(ast::step_kind::all));
}
queryset queryset::filter(expression c) const {
  return with(step_of(ast::step_kind::filter, {c.node()}));
}
queryset queryset::filter(std::string_view lookup, expression rhs) const {
  return filter(Q(lookup, std::move(rhs)));
}
queryset queryset::exclude(expression c) const {
  return with(step_of(ast::step_kind::exclude, {c.node()}));
}
queryset queryset::exclude(std::string_view lookup, expression rhs) const {
  return exclude(Q(lookup, std::move(rhs)));
}
queryset queryset::annotate(std::string name, expression e) const {
  return annotate(std::vector<keyword>{{std::move(name), std::move(e)}});
}
queryset queryset::annotate(std::vector<keyword> named) const {
  return with(step_of(ast::step_kind::annotate, {}, kwargs_of(std::move(named))));
}
queryset queryset::alias(std::string name, expression e) const {
  return with(step_of(ast::step_kind::alias, {}, kwargs_of({{std::move(name), std::move(e)}})));
}
queryset queryset::values(std::vector<std::string> fields, std::vector<keyword> named) const {
  return with(step_of(ast::step_kind::values, names_of(fields), kwargs_of(std::move(named))));
}
queryset queryset::values_list(std::vector<std::string> fields, row_shape shape) const {
  std::vector<ast::kwarg> kw;
  if (shape == row_shape::flat) kw.push_back({"flat", ast::make_literal(value(true)), {}});
  if (shape == row_shape::named) kw.push_back({"named", ast::make_literal(value(true)), {}});
  return with(step_of(ast::step_kind::values_list, names_of(fields), std::move(kw)));
}
queryset queryset::only(std::vector<std::string> fields) const {
  return with(step_of(ast::step_kind::only, names_of(fields)));
}
queryset queryset::defer(std::vector<std::string> fields) const {
  return with(step_of(ast::step_kind::defer, names_of(fields)));
}
queryset queryset::order_by(std::vector<expression> terms) const {
  std::vector<ast::expr> args;
  for (auto& t : terms) args.push_back(t.node());
  return with(step_of(ast::step_kind::order_by, std::move(args)));
}
queryset operator|(const queryset& a, const queryset& b) {
  return combined(a, ast::step_kind::combine_or, b);
}
queryset operator&(const queryset& a, const queryset& b) {
  return combined(a, ast::step_kind::combine_and, b);
}
queryset queryset::distinct() const {
  return with(step_of(ast::step_kind::distinct));
}
queryset queryset::select_related(std::vector<std::string> paths) const {
  return with(step_of(ast::step_kind::select_related, names_of(paths)));
}
queryset queryset::prefetch_related(std::vector<std::string> paths) const {
  return with(step_of(ast::step_kind::prefetch_related, names_of(paths)));
}
queryset queryset::reverse() const {
  return with(step_of(ast::step_kind::reverse));
}
queryset queryset::slice(std::int64_t start, std::int64_t stop) const {
  ast::step st = step_of(ast::step_kind::slice);
  st.start = start;
  if (stop >= 0) st.stop = stop;
  return with(std::move(st));
}
terminal_query queryset::at(std::int64_t index) const {
  ast::step st = step_of(ast::step_kind::slice);
  st.start = index;
  st.stop = index + 1;
  st.index = true;
  return end(std::move(st));
}
terminal_query queryset::aggregate(std::vector<keyword> named,
                                   std::vector<expression> unnamed) const {
  std::vector<ast::expr> args;
  for (auto& e : unnamed) args.push_back(e.node());
  return end(step_of(ast::step_kind::aggregate, std::move(args), kwargs_of(std::move(named))));
}
terminal_query queryset::count() const {
  return end(step_of(ast::step_kind::count));
}
terminal_query queryset::exists() const {
  return end(step_of(ast::step_kind::exists));
}
terminal_query queryset::first() const {
  return end(step_of(ast::step_kind::first));
}
terminal_query queryset::last() const {
  return end(step_of(ast::step_kind::last));
}
terminal_query queryset::earliest(std::vector<std::string> fields) const {
  return end(step_of(ast::step_kind::earliest, names_of(fields)));
}
terminal_query queryset::latest(std::vector<std::string> fields) const {
  return end(step_of(ast::step_kind::latest, names_of(fields)));
}
terminal_query queryset::get(expression c) const {
  return end(step_of(ast::step_kind::get, {c.node()}));
}
terminal_query queryset::update(std::vector<keyword> assignments) const {
  return end(step_of(ast::step_kind::update, {}, kwargs_of(std::move(assignments))));
}
terminal_query queryset::delete_rows() const {
  return end(step_of(ast::step_kind::delete_rows));
}
terminal_query queryset::create(std::vector<keyword> fields) const {
  return end(step_of(ast::step_kind::create, {}, kwargs_of(std::move(fields))));
}
namespace {
// kwargs of get_or_create()/update_or_create(): the lookups, and defaults= as a dict.
std::vector<ast::kwarg> lookups_and_defaults(std::vector<keyword> lookups,
                                             std::vector<keyword> defaults) {
  auto out = kwargs_of(std::move(lookups));
  if (defaults.empty()) return out;
  ast::node d;
  d.kind = ast::node_kind::dict;
  d.kwargs = kwargs_of(std::move(defaults));
  out.push_back({"defaults", ast::make_node(std::move(d)), {}});
  return out;
}
}  // namespace

terminal_query queryset::get_or_create(std::vector<keyword> lookups,
                                       std::vector<keyword> defaults) const {
  return end(step_of(ast::step_kind::get_or_create, {},
                     lookups_and_defaults(std::move(lookups), std::move(defaults))));
}
terminal_query queryset::update_or_create(std::vector<keyword> lookups,
                                          std::vector<keyword> defaults) const {
  return end(step_of(ast::step_kind::update_or_create, {},
                     lookups_and_defaults(std::move(lookups), std::move(defaults))));
}
terminal_query queryset::bulk_create(std::vector<expression> objects,
                                     const bulk_create_options& options) const {
  std::vector<ast::expr> items;
  for (auto& o : objects) items.push_back(o.node());
  return end(step_of(ast::step_kind::bulk_create, {node_of(ast::node_kind::list, std::move(items))},
                     kwargs_of(options.keywords())));
}
terminal_query queryset::bulk_update(std::vector<expression> objects,
                                     std::vector<std::string> fields,
                                     std::int64_t batch_size) const {
  std::vector<ast::expr> items;
  for (auto& o : objects) items.push_back(o.node());
  std::vector<keyword> options;
  if (batch_size > 0) options.emplace_back("batch_size", batch_size);
  return end(step_of(ast::step_kind::bulk_update,
                     {node_of(ast::node_kind::list, std::move(items)),
                      node_of(ast::node_kind::list, names_of(fields))},
                     kwargs_of(std::move(options))));
}

}  // namespace sqlweave
