// SPDX-License-Identifier: MIT
// The shared renderer: ir:: -> SQL text + parameters, into one growing buffer, with the dialect's
// traits. Dialect hooks call back into it for the parts they share.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "ir/ir.hpp"
#include "render/dialect.hpp"
#include "sqlweave/compile.hpp"

namespace sqlweave::render {

/// Stands where prefetch_related()'s key list goes, until the keys are known.
inline constexpr char key_list_marker = '\x1f';

/// Where one bound parameter's value came from, so statement_cache can bind the values of the
/// next queryset of the same shape: the value the IR pointed at, and how bind() changed it.
struct param_origin {
  std::size_t index = 0;  // into statement::params
  const value* source = nullptr;
  ir::pattern_wrap wrap = ir::pattern_wrap::none;
  bool boolean_as_int = false;
  bool duration_as_micros = false;  // no interval type: a duration binds as its microseconds
  bool time_as_datetime = false;    // no time type: a time binds as a datetime on 1900-01-01

  /// Whether the bound value differs from its source's.
  bool adapts() const {
    return wrap != ir::pattern_wrap::none || boolean_as_int || duration_as_micros ||
           time_as_datetime;
  }
};

/// The value a parameter with this origin gets when its source holds `v`.
value parameter_value(const param_origin& o, const value& v);

/// `v` as the parameter of a pattern lookup wrapped by `wrap` (its text escaped and wrapped),
/// or `v` itself when `wrap` is none.
value wrapped_value(ir::pattern_wrap wrap, const value& v);

class writer {
 public:
  /// `origins`, when given, receives one entry per parameter bound from a value.
  writer(const dialect_traits& t, paramstyle style, statement& out,
         std::vector<param_origin>* origins = nullptr);

  const dialect_traits& traits() const { return t_; }
  /// How many parameters precede the key list (a prefetch's `IN (<keys>)`) written last.
  std::size_t params_before_keys() const { return params_before_keys_; }

  /// Fixed SQL text. In the `format`/`pyformat` styles a literal `%` is doubled.
  void sql(std::string_view text);
  void sql(char c);
  /// A quoted identifier: a table, column or alias name from the schema or a validated alias.
  void ident(std::string_view name);
  void number(std::int64_t n);
  /// The placeholder of a parameter (bound or named), its text wrapped for a pattern lookup.
  void bind(const ir::expr& param, ir::pattern_wrap wrap = ir::pattern_wrap::none);

  void expr(const ir::expr& e);
  /// `a, b, c`
  void list(ir::exprs items);
  void select(const ir::select& s);
  void write(const ir::write& w);

  // Pieces the dialect hooks share.
  /// `x`, followed by the dialect's text cast when x is not text (`x::text`).
  void text_operand(const ir::expr& e);
  /// The right side of a pattern lookup: a parameter wrapped by `wrap`, or an expression whose
  /// value is escaped in SQL; inside UPPER() when `upper`.
  void pattern_rhs(const ir::pattern& p, ir::pattern_wrap wrap, bool upper);
  /// A bound text's value written as an SQL string literal, for the few places a database takes
  /// no parameter (Oracle's JSON paths). Quotes are doubled; the text comes from the schema's
  /// key names and is never a value.
  void quoted_text(const ir::expr& param);
  /// `CAST(x AS <type>)`.
  void standard_cast(const ir::expr& operand, std::string_view type);
  /// `<verb> "table" ("a", "b")`
  void insert_into(const ir::insert& ins, std::string_view verb);
  /// ` VALUES (?, ?), (?, ?)`
  void values_rows(const ir::insert& ins);
  /// One row's values, or the dialect's pk_default_value for a row of none.
  void row_values(ir::exprs row);
  /// ` ON CONFLICT ("k") DO NOTHING | DO UPDATE SET "a" = EXCLUDED."a"`
  void on_conflict(const ir::insert& ins);
  /// ` RETURNING "id"` when the dialect can return keys.
  void returning(const ir::insert& ins);

  // One overload per expression form: a form without one does not compile.
  void form(const ir::expr& e, const ir::column& c);
  void form(const ir::expr& e, const ir::parameter& p);
  void form(const ir::expr& e, const ir::named_parameter& p);
  void form(const ir::expr& e, const ir::null_literal& n);
  void form(const ir::expr& e, const ir::integer& i);
  void form(const ir::expr& e, const ir::star& s);
  void form(const ir::expr& e, const ir::truth& t);
  void form(const ir::expr& e, const ir::key_list& k);
  void form(const ir::expr& e, const ir::alias_ref& r);
  void form(const ir::expr& e, const ir::arithmetic& a);
  void form(const ir::expr& e, const ir::negation& n);
  void form(const ir::expr& e, const ir::call& c);
  void form(const ir::expr& e, const ir::aggregate& a);
  void form(const ir::expr& e, const ir::case_when& c);
  // A THEN or ELSE value, cast where the dialect cannot type a parameter there.
  void case_result(const ir::case_when& c, ir::expr* result);
  void form(const ir::expr& e, const ir::compare& c);
  void form(const ir::expr& e, const ir::pattern& p);
  void form(const ir::expr& e, const ir::regex& r);
  void form(const ir::expr& e, const ir::in_list& in);
  void form(const ir::expr& e, const ir::in_subquery& in);
  void form(const ir::expr& e, const ir::between& b);
  void form(const ir::expr& e, const ir::is_null& n);
  void form(const ir::expr& e, const ir::junction& j);
  void form(const ir::expr& e, const ir::logical_not& n);
  void form(const ir::expr& e, const ir::exists& x);
  void form(const ir::expr& e, const ir::scalar_subquery& s);
  void form(const ir::expr& e, const ir::extract& x);
  void form(const ir::expr& e, const ir::trunc& t);
  void form(const ir::expr& e, const ir::cast& c);
  void form(const ir::expr& e, const ir::collate& c);
  void form(const ir::expr& e, const ir::raw_sql& r);
  void form(const ir::expr& e, const ir::window_call& c);
  void form(const ir::expr& e, const ir::window& w);
  void form(const ir::expr& e, const ir::temporal& t);
  void form(const ir::expr& e, const ir::json_key& k);
  void form(const ir::expr& e, const ir::json_value& v);
  void form(const ir::expr& e, const ir::json_unquote& u);
  void form(const ir::expr& e, const ir::json_test& t);

 private:
  void select_body(const ir::select& s, bool alias_columns);
  void with_tree(const ir::tree& t);
  void connect_by(const ir::tree& t);
  void compound_body(const ir::compound& c);
  void select_item(const ir::select_item& item, std::size_t index, bool alias_columns);
  /// Writes the run of items from `first` whose ready column texts are adjacent in the schema's
  /// text (precomputed::column_text) with one append; returns how many it wrote (0: none).
  template <class Items>
  std::size_t ready_run(const Items& items, std::size_t first);
  void predicate_value(const ir::expr& e);
  void from(const ir::select& s);
  void order_by(const ir::select& s);
  void order_terms(std::span<const ir::order_item> terms);
  void limit(const ir::select& s);
  void lock(const ir::select& s);
  void text_compared(const ir::expr& operand, bool text);
  void placeholder(std::size_t n);
  void table_name(const ir::table_ref& t);
  void write_one(const ir::update& u);
  void write_one(const ir::delete_rows& d);
  void write_one(const ir::insert& ins);

  const dialect_traits& t_;
  paramstyle style_;
  statement& out_;
  std::size_t params_before_keys_ = 0;
  bool double_percent_;
  std::vector<param_origin>* origins_;
};

/// The text of an identifier as the dialect spells it (Oracle: upper case, shortened to 30).
std::string identifier_text(const dialect_traits& t, std::string_view name);

/// `text` wrapped for a pattern lookup: `like_contains("50%")` -> `%50\%%`.
std::string wrap_pattern(ir::pattern_wrap wrap, std::string_view text);

}  // namespace sqlweave::render
