// SPDX-License-Identifier: MIT
// The shared renderer: ir:: -> SQL text + parameters, into one growing buffer. Dialect hooks call
// back into it for the parts they share.
#pragma once

#include <cstdint>
#include <string_view>

#include "render/dialect.hpp"
#include "resolve/ir.hpp"
#include "sqlweave/compile.hpp"

namespace sqlweave::render {

/// Stands where prefetch_related()'s key list goes, until the keys are known.
inline constexpr char key_list_marker = '\x1f';

class writer {
 public:
  writer(const dialect_traits& t, paramstyle style, statement& out);

  const dialect_traits& traits() const { return t_; }

  /// Fixed SQL text. In the `format`/`pyformat` styles a literal `%` is doubled.
  void sql(std::string_view text);
  void sql(char c);
  /// A quoted identifier: a table, column or alias name from the schema or a validated alias.
  void ident(std::string_view name);
  void number(std::int64_t n);
  /// A placeholder for a parameter node, applying a pattern transform to its text.
  void bind(const ir::node& param, param_transform t = param_transform::none);

  void expr(const ir::node& n);
  /// `a, b, c`
  void list(const ir::list<ir::node*>& items, std::size_t from = 0);
  void select(const ir::select& s);
  void write(const ir::write& w);

  // Pieces of INSERT for the dialects' insert hooks.
  /// `<verb> "table" ("a", "b")`
  void insert_into(const ir::write& w, std::string_view verb);
  /// ` VALUES (?, ?), (?, ?)`
  void values_rows(const ir::write& w);
  /// ` ON CONFLICT ("k") DO NOTHING | DO UPDATE SET "a" = EXCLUDED."a"`
  void on_conflict(const ir::write& w);
  /// ` RETURNING "id"` when the dialect can return keys.
  void returning(const ir::write& w);

  /// `'%' || <escaped rhs> || '%'` for a pattern lookup against an expression, with the
  /// dialect's concatenation.
  void escaped_pattern(const ir::node& rhs, bool leading, bool trailing, bool upper);
  /// `CAST(x AS <type>)` with the type text given.
  void standard_cast(const ir::node& n, std::string_view type);
  /// `CAST(x AS <type>(<length>))`, or `(<digits>, <places>)` for a decimal, when the target field
  /// is sized; else `CAST(x AS <unsized>)`.
  void sized_cast(const ir::node& n, std::string_view type, std::string_view unsized);
  /// `<lhs> <op> <rhs>` for a pattern lookup whose right side is a parameter or expression:
  /// parameters get `transform`; expressions are escaped in SQL (`escaped_pattern`).
  void pattern_rhs(const ir::node& n, param_transform transform, bool upper);

 private:
  void select_body(const ir::select& s, bool alias_columns);
  void select_item(const ir::select_item& item, std::size_t index, bool alias_columns);
  void from(const ir::select& s);
  void order_by(const ir::select& s);
  void limit(const ir::select& s);
  void compare(const ir::node& n);
  void in_list(const ir::node& n);
  void aggregate(const ir::node& n);
  void function(const ir::node& n);
  void arith(const ir::node& n);
  void placeholder(std::size_t n);
  void table_name(const ir::table_ref& t);

  const dialect_traits& t_;
  paramstyle style_;
  statement& out_;
  bool double_percent_;
};

/// The text of an identifier as the dialect spells it (Oracle: upper case, shortened to 30).
std::string identifier_text(const dialect_traits& t, std::string_view name);

}  // namespace sqlweave::render
