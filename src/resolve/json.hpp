// SPDX-License-Identifier: MIT
// JSONField as Django 3.2 has it: key transforms (`data__a__0`, KeyTransform, KeyTextTransform),
// values bound as their json.dumps() text, and the lookups whose SQL has a shape of its own on
// each database (contains, has_key, isnull on a key, None as the JSON null, ...).
#pragma once

#include <string>
#include <string_view>

#include "catalog/catalog.hpp"
#include "resolve/level.hpp"

namespace sqlweave::resolve {

/// Whether `e` is a JSON document: a JSONField column, a key of one, or an expression of them.
inline bool is_json(const ir::expr& e) {
  return e.type == field_type::json_field;
}

/// The JSON text of a literal, list or dict as Python's json.dumps() writes it:
/// `{"a": [1, 2.0, null]}`, non-ASCII as \u escapes. Throws error(bad_value) for values JSON
/// has no form for (dates, decimals), and for anything that is not a literal.
std::string json_text(const ast::node& n);

/// `lhs__key`: the value at `key` inside a JSON operand (KeyTransform, or KeyTextTransform when
/// `text`); a key of a key extends its path.
ir::expr* key_transform(level& lv, ir::expr* lhs, std::string_view key, bool text,
                        source_span span);

/// The lookup `lk` on a JSON operand. Returns its predicate, or null when the standard lookup
/// applies; `lhs` is then replaced by the operand Django's lookup compares (the key's text for
/// the text lookups, MariaDB's unquoted value).
ir::expr* json_lookup(level& lv, ir::expr*& lhs, const catalog::lookup_entry& lk,
                      const ast::node& rhs, const use_site& site, alias_list* votes);

}  // namespace sqlweave::resolve
