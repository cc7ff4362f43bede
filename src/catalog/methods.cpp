// SPDX-License-Identifier: MIT
// Queryset methods: the calls a chain may hold. Terminal ones end it.
#include <algorithm>
#include <array>

#include "catalog/catalog.hpp"

namespace sqlweave::catalog {
namespace {

using ast::step_kind;

constexpr std::array<method_entry, 29> table{{
    {"all", step_kind::all, false, "the queryset itself"},
    {"filter", step_kind::filter, false, "rows matching the conditions (AND-ed)"},
    {"exclude", step_kind::exclude, false, "rows not matching the conditions"},
    {"annotate", step_kind::annotate, false, "adds computed columns"},
    {"alias", step_kind::alias, false, "names expressions for later calls, not selected"},
    {"values", step_kind::values, false, "rows as the named fields and expressions"},
    {"values_list", step_kind::values_list, false, "rows as tuples (flat=True: single values)"},
    {"only", step_kind::only, false, "loads only these fields (and the primary key)"},
    {"defer", step_kind::defer, false, "leaves these fields out"},
    {"order_by", step_kind::order_by, false, "orders by fields or expressions; '-' descends"},
    {"distinct", step_kind::distinct, false, "removes duplicate rows"},
    {"select_related", step_kind::select_related, false,
     "joins forward relations into the same statement"},
    {"prefetch_related", step_kind::prefetch_related, false,
     "loads relations with one more statement each"},
    {"reverse", step_kind::reverse, false, "reverses the ordering"},
    {"none", step_kind::none, false, "matches no rows"},
    {"aggregate", step_kind::aggregate, true, "one row of aggregates over the queryset"},
    {"count", step_kind::count, true, "the number of rows"},
    {"exists", step_kind::exists, true, "whether there is a row"},
    {"first", step_kind::first, true, "the first row (by the ordering, else the key)"},
    {"last", step_kind::last, true, "the last row (by the ordering, else the key)"},
    {"earliest", step_kind::earliest, true, "the first row ordered by the given fields"},
    {"latest", step_kind::latest, true, "the last row ordered by the given fields"},
    {"get", step_kind::get, true, "the one row matching the conditions"},
    {"update", step_kind::update, true, "sets fields on every row"},
    {"delete", step_kind::delete_rows, true, "deletes the rows and what cascades from them"},
    {"create", step_kind::create, true, "inserts one row"},
    {"bulk_create", step_kind::bulk_create, true, "inserts many rows, in batches"},
    {"bulk_update", step_kind::bulk_update, true, "updates fields of many rows by key"},
    {"slice", step_kind::slice, false, "qs[a:b] and qs[i]: OFFSET and LIMIT"},
}};

}  // namespace

std::span<const method_entry> methods() {
  return table;
}

const method_entry* find_method(std::string_view name) {
  if (name == "slice") return nullptr;  // written as a subscript, not a call
  const auto it =
      std::find_if(table.begin(), table.end(), [&](const auto& e) { return e.name == name; });
  return it == table.end() ? nullptr : &*it;
}

std::string_view method_name(ast::step_kind k) {
  if (k == step_kind::slice) return "slicing";
  const auto it =
      std::find_if(table.begin(), table.end(), [&](const auto& e) { return e.step == k; });
  return it == table.end() ? "?" : it->name;
}

std::vector<std::string_view> method_names() {
  std::vector<std::string_view> names;
  for (const auto& e : table)
    if (e.step != step_kind::slice) names.push_back(e.name);
  return names;
}

}  // namespace sqlweave::catalog
