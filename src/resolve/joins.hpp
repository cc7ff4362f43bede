// SPDX-License-Identifier: MIT
// Join planning: walking field paths over relations, reusing joins the way Django does, and
// promoting/demoting joins between INNER and LEFT OUTER.
#pragma once

#include <span>
#include <string_view>

#include "resolve/level.hpp"

namespace sqlweave::resolve {

/// `author__name__icontains` -> {author, name, icontains}. The one place paths are split.
small<std::string_view> split_path(std::string_view path);

/// A field path walked to its end: the expression, and what it went through.
struct path_end {
  ir::expr* value = nullptr;
  const field* target = nullptr;  // the final concrete field, if the path ends on one
  int table = -1;                 // select::tables index the expression reads from
  alias_list joins;               // joins used (for promotion votes)
  small<std::string_view> rest;   // transforms and lookup left over
  bool nullable = false;          // a NULL column (nullable or outer join) a negation guards
  bool relation = false;          // ends on a relation itself (`author`), not on a field
  bool fk_attname = false;        // ends on `author_id`: Django takes the relation's lookups only
  int target_model = -1;          // the model `target` belongs to
};

/// Walks `path` from the level's model, joining as it goes. With `allow_lookups`, the parts
/// after the last field are left in `rest`; without, a field followed by a field is an error.
path_end walk(level& lv, std::string_view path, source_span span, const use_site& site,
              bool allow_lookups);

/// The join of `relation` from table `parent`, reused when Django would reuse it. For an M2M
/// hop with `link_out`, only the link table is joined and returned (a trimmed last hop). With
/// `filtered_alias` the hop's target is a FilteredRelation's join of its own, named so unless
/// the table is in the query already.
int join(level& lv, int parent, int relation, bool reuse_any, int* link_out,
         std::string_view filtered_alias = {});
/// The join of a FilteredRelation, made (with its ON condition) the first time it is used.
int filtered_join(level& lv, filtered_relation& f, source_span span);
/// JoinPromoter's outcome: these joins become LEFT OUTER (and what hangs off them); `aliases`
/// is the work list and ends holding every join reached ...
void promote(level& lv, alias_list& aliases);
/// ... or INNER (and the outer joins they hang off).
void demote(level& lv, std::span<const int> aliases);

/// Whether a path crosses a multi-valued relation (reverse FK or M2M).
bool path_is_multi(const level& lv, std::string_view path);

}  // namespace sqlweave::resolve
