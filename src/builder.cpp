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

expression Count(expression arg, std::vector<keyword> kw) {
  return func("Count", {std::move(arg)}, std::move(kw));
}
expression Sum(expression arg, std::vector<keyword> kw) {
  return func("Sum", {std::move(arg)}, std::move(kw));
}
expression Avg(expression arg, std::vector<keyword> kw) {
  return func("Avg", {std::move(arg)}, std::move(kw));
}
expression Min(expression arg, std::vector<keyword> kw) {
  return func("Min", {std::move(arg)}, std::move(kw));
}
expression Max(expression arg, std::vector<keyword> kw) {
  return func("Max", {std::move(arg)}, std::move(kw));
}
expression Exists(const queryset& qs) {
  return func("Exists", {expression(qs)});
}
expression Subquery(const queryset& qs) {
  return func("Subquery", {expression(qs)});
}
expression object(std::string model, std::vector<keyword> fields) {
  return func(model, {}, std::move(fields));
}

queryset::queryset(std::string model) {
  q_.model = std::move(model);
}

queryset queryset::with(ast::step st) const {
  queryset out = *this;
  out.q_.steps.push_back(std::move(st));
  return out;
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
queryset queryset::values_list(std::vector<std::string> fields, bool flat) const {
  std::vector<ast::kwarg> kw;
  if (flat) kw.push_back({"flat", ast::make_literal(value(true)), {}});
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
queryset queryset::at(std::int64_t index) const {
  ast::step st = step_of(ast::step_kind::slice);
  st.start = index;
  st.stop = index + 1;
  st.index = true;
  return with(std::move(st));
}
queryset queryset::aggregate(std::vector<keyword> named, std::vector<expression> unnamed) const {
  std::vector<ast::expr> args;
  for (auto& e : unnamed) args.push_back(e.node());
  return with(step_of(ast::step_kind::aggregate, std::move(args), kwargs_of(std::move(named))));
}
queryset queryset::count() const {
  return with(step_of(ast::step_kind::count));
}
queryset queryset::exists() const {
  return with(step_of(ast::step_kind::exists));
}
queryset queryset::first() const {
  return with(step_of(ast::step_kind::first));
}
queryset queryset::last() const {
  return with(step_of(ast::step_kind::last));
}
queryset queryset::get(expression c) const {
  return with(step_of(ast::step_kind::get, {c.node()}));
}
queryset queryset::update(std::vector<keyword> assignments) const {
  return with(step_of(ast::step_kind::update, {}, kwargs_of(std::move(assignments))));
}
queryset queryset::delete_rows() const {
  return with(step_of(ast::step_kind::delete_rows));
}
queryset queryset::create(std::vector<keyword> fields) const {
  return with(step_of(ast::step_kind::create, {}, kwargs_of(std::move(fields))));
}
queryset queryset::bulk_create(std::vector<expression> objects,
                               std::vector<keyword> options) const {
  std::vector<ast::expr> items;
  for (auto& o : objects) items.push_back(o.node());
  return with(step_of(ast::step_kind::bulk_create,
                      {node_of(ast::node_kind::list, std::move(items))},
                      kwargs_of(std::move(options))));
}
queryset queryset::bulk_update(std::vector<expression> objects, std::vector<std::string> fields,
                               std::vector<keyword> options) const {
  std::vector<ast::expr> items;
  for (auto& o : objects) items.push_back(o.node());
  return with(step_of(ast::step_kind::bulk_update,
                      {node_of(ast::node_kind::list, std::move(items)),
                       node_of(ast::node_kind::list, names_of(fields))},
                      kwargs_of(std::move(options))));
}

}  // namespace sqlweave
