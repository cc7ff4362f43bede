// SPDX-License-Identifier: MIT
// Queryset methods: the calls a chain may hold. Terminal ones end it.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "catalog/catalog.hpp"
#include "catalog/name_table.hpp"
#include "support/errors.hpp"

namespace sqlweave::catalog {
namespace {

using ast::step_kind;

using kw = std::string_view;
constexpr kw values_list_kw[] = {"flat", "named"};
constexpr kw bulk_create_kw[] = {"batch_size", "ignore_conflicts", "update_conflicts",
                                 "update_fields", "unique_fields"};
constexpr kw bulk_update_kw[] = {"batch_size"};
constexpr std::span<const kw> none;
constexpr auto any = any_count;

constexpr kw union_kw[] = {"all"};

constexpr kw extra_kw[] = {"select", "where", "params", "select_params", "order_by", "tables"};
constexpr kw in_bulk_kw[] = {"field_name"};
constexpr kw dates_kw[] = {"order"};
constexpr kw datetimes_kw[] = {"order", "tzinfo", "is_dst"};
constexpr kw iterator_kw[] = {"chunk_size"};
constexpr kw lock_kw[] = {"nowait", "skip_locked", "of", "no_key"};

constexpr std::array<method_entry, 45> table{{
    {"all", step_kind::all, false, 0, 0, false, none, "the queryset itself"},
    {"filter", step_kind::filter, false, 0, any, true, none,
     "rows matching the conditions (AND-ed)"},
    {"exclude", step_kind::exclude, false, 0, any, true, none, "rows not matching the conditions"},
    {"complex_filter", step_kind::filter, false, 1, 1, false, none,
     "filter() by one Q object or a dict of lookups: complex_filter({\"pk\": 1})"},
    {"annotate", step_kind::annotate, false, 0, any, true, none, "adds computed columns"},
    {"alias", step_kind::alias, false, 0, any, true, none,
     "names expressions for later calls, not selected"},
    {"values", step_kind::values, false, 0, any, true, none,
     "rows as the named fields and expressions"},
    {"values_list", step_kind::values_list, false, 0, any, false, values_list_kw,
     "rows as tuples (flat=True: single values)"},
    {"only", step_kind::only, false, 0, any, false, none,
     "loads only these fields (and the primary key)"},
    {"defer", step_kind::defer, false, 0, any, false, none, "leaves these fields out"},
    {"order_by", step_kind::order_by, false, 0, any, false, none,
     "orders by fields or expressions; '-' descends"},
    {"distinct", step_kind::distinct, false, 0, any, false, none, "removes duplicate rows"},
    {"select_related", step_kind::select_related, false, 0, any, false, none,
     "joins forward relations into the same statement"},
    {"prefetch_related", step_kind::prefetch_related, false, 0, any, false, none,
     "loads relations with one more statement each"},
    {"reverse", step_kind::reverse, false, 0, 0, false, none, "reverses the ordering"},
    {"select_for_update", step_kind::select_for_update, false, 0, 0, false, lock_kw,
     "locks the rows it selects (FOR UPDATE) until the transaction ends"},
    {"none", step_kind::none, false, 0, 0, false, none, "matches no rows"},
    {"union", step_kind::union_, false, 1, any, false, union_kw,
     "rows of this or other querysets (all=True keeps duplicates)"},
    {"intersection", step_kind::intersection, false, 1, any, false, none,
     "rows in this and every other queryset"},
    {"difference", step_kind::difference, false, 1, any, false, none,
     "rows of this queryset in none of the others"},
    {"|", step_kind::combine_or, false, 1, 1, false, none,
     "qs1 | qs2: rows of either, one SELECT with both conditions OR-ed"},
    {"&", step_kind::combine_and, false, 1, 1, false, none,
     "qs1 & qs2: rows of both, one SELECT with both conditions AND-ed"},
    {"extra", step_kind::extra, false, 0, 0, false, extra_kw,
     "trusted SQL: select={alias: sql}, where=[sql], their params, order_by=[names]"},
    {"dates", step_kind::dates, false, 2, 3, false, dates_kw,
     "the distinct dates of a field, truncated to year, month, week or day"},
    {"datetimes", step_kind::datetimes, false, 2, 3, false, datetimes_kw,
     "the distinct datetimes of a field, truncated to year ... second"},
    {"aggregate", step_kind::aggregate, true, 0, any, true, none,
     "one row of aggregates over the queryset"},
    {"count", step_kind::count, true, 0, 0, false, none, "the number of rows"},
    {"exists", step_kind::exists, true, 0, 0, false, none, "whether there is a row"},
    {"first", step_kind::first, true, 0, 0, false, none,
     "the first row (by the ordering, else the key)"},
    {"last", step_kind::last, true, 0, 0, false, none,
     "the last row (by the ordering, else the key)"},
    {"earliest", step_kind::earliest, true, 0, any, false, none,
     "the first row ordered by the given fields, else Meta.get_latest_by"},
    {"latest", step_kind::latest, true, 0, any, false, none,
     "the last row ordered by the given fields, else Meta.get_latest_by"},
    {"get", step_kind::get, true, 0, any, true, none, "the one row matching the conditions"},
    {"in_bulk", step_kind::in_bulk, true, 0, 1, false, in_bulk_kw,
     "rows keyed by a unique field (field_name=, default pk)"},
    {"update", step_kind::update, true, 0, 0, true, none, "sets fields on every row"},
    {"delete", step_kind::delete_rows, true, 0, 0, false, none,
     "deletes the rows and what cascades from them"},
    {"create", step_kind::create, true, 0, 0, true, none, "inserts one row"},
    {"bulk_create", step_kind::bulk_create, true, 1, 1, false, bulk_create_kw,
     "inserts many rows, in batches"},
    {"bulk_update", step_kind::bulk_update, true, 2, 2, false, bulk_update_kw,
     "updates fields of many rows by key"},
    {"explain", step_kind::explain, true, 0, 0, true, none,
     "the database's plan of the query (format=, and the options each database takes)"},
    {"iterator", step_kind::iterator, true, 0, 1, false, iterator_kw,
     "the rows, fetched chunk_size at a time (prefetch_related() is ignored, as in Django 3.2)"},
    {"get_or_create", step_kind::get_or_create, true, 0, 0, true, none,
     "the one row matching the lookups, else a row inserted from them and defaults="},
    {"update_or_create", step_kind::update_or_create, true, 0, 0, true, none,
     "the row matching the lookups updated from defaults=, else one inserted from both"},
    {"slice", step_kind::slice, false, 0, 0, false, none, "qs[a:b] and qs[i]: OFFSET and LIMIT"},
    // Its arguments are checked against the method's own parameters when it is looked up.
    {"<method>", step_kind::custom, false, 0, any, true, none,
     "a method of the manager's class or of its QuerySet class (as_manager(), from_queryset()): "
     "the chain its body returns, with the arguments in place of its parameters"},
}};

constexpr name_table by_name(table);

// Each step kind's row: its first (complex_filter() is a second name of filter's kind).
constexpr auto by_step = [] {
  constexpr std::uint8_t unset = 0xff;
  std::array<std::uint8_t, table.size()> at{};
  at.fill(unset);
  for (std::size_t i = 0; i < table.size(); ++i) {
    const auto k = static_cast<std::size_t>(table[i].step);
    if (k >= at.size()) throw "a step kind beyond the index";
    if (at[k] == unset) at[k] = static_cast<std::uint8_t>(i);
  }
  for (std::size_t k = 0; k <= static_cast<std::size_t>(step_kind::update_or_create); ++k)
    if (at[k] == unset) throw "a step kind without a row";
  return at;
}();

}  // namespace

std::span<const method_entry> methods() {
  return table;
}

const method_entry* find_method(std::string_view name) {
  if (name == "slice") return nullptr;     // written as a subscript, not a call
  if (name == "<method>") return nullptr;  // a name of the schema's managers, not a method
  return by_name.find(name);
}

const method_entry& method_of(ast::step_kind k) {
  return table[by_step[static_cast<std::size_t>(k)]];
}

std::string_view method_name(ast::step_kind k) {
  if (k == step_kind::slice) return "slicing";
  return method_of(k).name;
}

std::string_view step_name(const ast::step& st) {
  return st.kind == step_kind::custom ? std::string_view(st.method) : method_name(st.kind);
}

void check_arguments(const method_entry& m, const ast::step& st) {
  const auto count = st.args.size();
  if (count < m.min_args || (m.max_args != any_count && count > m.max_args)) {
    const std::string expected =
        m.min_args == m.max_args
            ? (m.min_args == 0 ? std::string("no positional arguments")
                               : fmt::format("{} positional argument{}", m.min_args,
                                             m.min_args == 1 ? "" : "s"))
            : fmt::format("at least {} positional argument{}", m.min_args,
                          m.min_args == 1 ? "" : "s");
    fail(error_code::bad_argument, fmt::format("{}() takes {}, got {}", m.name, expected, count),
         count > 0 ? st.args.front()->span : st.span);
  }
  if (m.any_keywords) return;
  for (const auto& kw : st.kwargs)
    if (std::find(m.keywords.begin(), m.keywords.end(), kw.name) == m.keywords.end())
      fail(error_code::bad_argument,
           fmt::format("{}() got an unexpected keyword argument '{}'", m.name, kw.name), kw.span);
}

std::vector<std::string_view> method_names() {
  std::vector<std::string_view> names;
  for (const auto& e : table)
    if (e.step != step_kind::slice && e.step != step_kind::custom) names.push_back(e.name);
  return names;
}

}  // namespace sqlweave::catalog
