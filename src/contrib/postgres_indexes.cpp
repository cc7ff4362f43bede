// SPDX-License-Identifier: MIT
// The PostgresIndex subclasses of Django 3.2 (django/contrib/postgres/indexes.py) and the
// storage parameters each one's get_with_params() writes, in its order.
#include <array>

#include "contrib/postgres.hpp"

namespace sqlweave::contrib {
namespace {

constexpr std::array<storage_parameter, 2> brin_parameters{
    {{"autosummarize", true}, {"pages_per_range", false}}};
constexpr std::array<storage_parameter, 1> fillfactor_only{{{"fillfactor", false}}};
constexpr std::array<storage_parameter, 2> gin_parameters{
    {{"gin_pending_list_limit", false}, {"fastupdate", true}}};
constexpr std::array<storage_parameter, 2> gist_parameters{
    {{"buffering", true}, {"fillfactor", false}}};

const std::array<postgres_index_class, 6> classes{{
    {"BrinIndex", "brin", brin_parameters},
    {"BTreeIndex", "btree", fillfactor_only},
    {"GinIndex", "gin", gin_parameters},
    {"GistIndex", "gist", gist_parameters},
    {"HashIndex", "hash", fillfactor_only},
    {"SpGistIndex", "spgist", fillfactor_only},
}};

}  // namespace

const postgres_index_class* postgres_index(std::string_view name) {
  for (const auto& c : classes)
    if (c.name == name) return &c;
  return nullptr;
}

}  // namespace sqlweave::contrib
