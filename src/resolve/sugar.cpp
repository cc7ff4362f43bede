// SPDX-License-Identifier: MIT
// Queryset calls that Django defines as other calls: dates(), datetimes(), in_bulk(). They are
// expanded into the same steps, so they mean exactly what Django's do.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "catalog/catalog.hpp"
#include "resolve/conditions.hpp"
#include "resolve/query.hpp"
#include "support/errors.hpp"

namespace sqlweave::resolve {
namespace {

ast::expr text(std::string s, source_span span) {
  return ast::make_literal(value(std::move(s)), span);
}

ast::expr call(std::string name, std::vector<ast::expr> args, std::vector<ast::kwarg> kwargs,
               source_span span) {
  ast::node n;
  n.kind = ast::node_kind::call;
  n.name = std::move(name);
  n.args = std::move(args);
  n.kwargs = std::move(kwargs);
  n.span = span;
  return ast::make_node(std::move(n));
}

ast::step step(ast::step_kind kind, std::vector<ast::expr> args, std::vector<ast::kwarg> kwargs,
               source_span span) {
  ast::step st;
  st.kind = kind;
  st.args = std::move(args);
  st.kwargs = std::move(kwargs);
  st.span = span;
  return st;
}

const ast::node* keyword(const ast::step& st, std::string_view name) {
  for (const auto& kw : st.kwargs)
    if (kw.name == name) return kw.value.get();
  return nullptr;
}

std::string_view text_of(const ast::node& n, std::string_view what) {
  if (n.kind != ast::node_kind::literal || n.val.kind() != value_kind::text)
    fail(error_code::bad_argument, fmt::format("{} must be a string", what), n.span);
  return n.val.as_text();
}

}  // namespace

void apply_dates(query_state& q, const ast::step& st) {
  const bool datetimes = st.kind == ast::step_kind::datetimes;
  const std::string_view method = datetimes ? "datetimes" : "dates";
  const std::string field(text_of(*st.args[0], fmt::format("{}()'s field", method)));
  const std::string kind(text_of(*st.args[1], fmt::format("{}()'s kind", method)));
  static constexpr std::array<std::string_view, 7> kinds{"year", "month",  "week",  "day",
                                                         "hour", "minute", "second"};
  const auto known = std::find(kinds.begin(), kinds.end(), kind);
  if (known == kinds.end() || (!datetimes && known - kinds.begin() > 3))
    fail(error_code::bad_argument,
         datetimes ? "datetimes()'s kind must be year, month, week, day, hour, minute or second"
                   : "dates()'s kind must be year, month, week or day",
         st.args[1]->span);
  const ast::node* order = st.args.size() > 2 ? st.args[2].get() : keyword(st, "order");
  const std::string_view direction = order ? text_of(*order, "order") : "ASC";
  if (direction != "ASC" && direction != "DESC")
    fail(error_code::bad_argument, "order must be 'ASC' or 'DESC'", order->span);
  if (keyword(st, "tzinfo") || keyword(st, "is_dst"))
    fail(error_code::unsupported, "datetimes() with time zones (USE_TZ is not modelled)", st.span);
  // annotate(datefield=Trunc(field, kind, output_field=DateField()), plain_field=F(field))
  //   .values_list("datefield", flat=True).distinct().filter(plain_field__isnull=False)
  //   .order_by("datefield" or "-datefield")
  const source_span span = st.span;
  const std::string alias = datetimes ? "datetimefield" : "datefield";
  ast::kwarg output{"output_field", call(datetimes ? "DateTimeField" : "DateField", {}, {}, span),
                    span};
  ast::kwarg truncated{alias, call("Trunc", {text(field, span), text(kind, span)}, {output}, span),
                       span};
  ast::kwarg plain{"plain_field", ast::make_field(field, span), span};
  auto& kept = q.lv.cx.synthesized;
  apply_step(q, kept.emplace_back(step(ast::step_kind::annotate, {}, {truncated, plain}, span)));
  ast::kwarg flat{"flat", ast::make_literal(value(true), span), span};
  apply_step(
      q, kept.emplace_back(step(ast::step_kind::values_list, {text(alias, span)}, {flat}, span)));
  apply_step(q, kept.emplace_back(step(ast::step_kind::distinct, {}, {}, span)));
  ast::node present;
  present.kind = ast::node_kind::lookup;
  present.name = "plain_field__isnull";
  present.args.push_back(ast::make_literal(value(false), span));
  present.span = span;
  const ast::step& filter = kept.emplace_back(
      step(ast::step_kind::filter, {ast::make_node(std::move(present))}, {}, span));
  add_filter(q.lv, {filter.args[0].get()}, false);
  apply_step(
      q, kept.emplace_back(step(ast::step_kind::order_by,
                                {text((direction == "DESC" ? "-" : "") + alias, span)}, {}, span)));
}

std::string plan_in_bulk(query_state& q, const ast::step& st) {
  const model& m = q.lv.m;
  if (q.sliced)
    fail(error_code::bad_argument, "cannot use 'limit' or 'offset' with in_bulk()", st.span);
  const ast::node* named = keyword(st, "field_name");
  const std::string_view name = named ? text_of(*named, "in_bulk()'s field_name") : "pk";
  const member* mem = m.find(name);
  if (!mem) q.lv.unknown_name(name, named ? named->span : st.span, m);
  const field* key =
      mem->what == member::kind::column ? &m.fields[static_cast<std::size_t>(mem->index)] : nullptr;
  // Django 3.2 also keys by a field that is not unique when the rows are distinct on it alone.
  const bool distinct_on_key = key && q.distinct_on.size() == 1 &&
                               same_value(q.distinct_on[0], q.lv.column(0, key->column, key));
  if (!key || !(key->primary_key || key->unique || distinct_on_key))
    fail(error_code::bad_argument,
         fmt::format("in_bulk()'s field_name must be a unique field but '{}' isn't", name),
         named ? named->span : st.span);
  if (!st.args.empty()) {
    const ast::node& ids = *st.args[0];
    if (ids.kind == ast::node_kind::literal && ids.val.is_null()) {
      // in_bulk(None): every row.
    } else {
      if (ids.kind != ast::node_kind::list)
        fail(error_code::bad_value, "in_bulk() takes a list of keys", ids.span);
      // filter(<field>__in=ids).order_by(): an empty list matches nothing, as Django returns {}.
      ast::node in;
      in.kind = ast::node_kind::lookup;
      in.name = std::string(name) + "__in";
      in.args.push_back(st.args[0]);
      in.span = ids.span;
      add_filter(q.lv, {&in}, false);
      q.explicit_order = true;
      q.order_terms.clear();
    }
  }
  return key->column;
}

}  // namespace sqlweave::resolve
