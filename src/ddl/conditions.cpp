// SPDX-License-Identifier: MIT
// Conditions of partial indexes, UniqueConstraint(condition=) and CheckConstraint(check=):
// Django builds the WHERE of a query on the model without table aliases and interpolates the
// values with the backend's quote_value. Here the condition is compiled as the filter of a
// queryset on the model, its WHERE taken from the statement, the table qualifier dropped and
// each parameter written as the literal Django's quote_value writes.
#include <fmt/format.h>

#include "ddl/context.hpp"
#include "sqlweave/parse.hpp"
#include "support/errors.hpp"

namespace sqlweave::ddl_detail {
namespace {

std::string quoted_text(std::string_view text, bool backslash_escapes) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'')
      out += backslash_escapes ? "\\'" : "''";
    else if (c == '\\' && backslash_escapes)
      out += "\\\\";
    else
      out += c;
  }
  return out + "'";
}

// Django's quote_value per backend (psycopg2's adapt, MySQLdb's escape, the others by hand).
}  // namespace

std::string quote_value(const value& v, dialect_id d) {
  const bool pg = d == dialect_id::postgresql;
  switch (v.kind()) {
    case value_kind::null: return "NULL";
    case value_kind::boolean:
      return pg ? (v.as_bool() ? "true" : "false") : (v.as_bool() ? "1" : "0");
    case value_kind::integer:
    case value_kind::real:
    case value_kind::decimal: {
      // psycopg2's adapters put a space before a negative number (so `- -1` never reads `--`).
      std::string number = v.to_string();
      return pg && number.starts_with('-') ? " " + number : number;
    }
    case value_kind::text: return quoted_text(v.as_text(), d == dialect_id::mysql);
    case value_kind::date:
      return pg ? quoted_text(v.to_string(), false) + "::date" : quoted_text(v.to_string(), false);
    case value_kind::datetime:
      return pg ? quoted_text(v.to_string(), false) + "::timestamp"
                : quoted_text(v.to_string(), d == dialect_id::mysql);
    case value_kind::time:
      return pg ? quoted_text(v.to_string(), false) + "::time" : quoted_text(v.to_string(), false);
    case value_kind::duration:  // microseconds where the database has no interval type
      if (pg) return quoted_text(v.to_string(), false) + "::interval";
      if (d == dialect_id::oracle)
        fail(error_code::unsupported, "a duration in an Oracle index or constraint condition");
      return std::to_string(v.as_duration().microseconds);
    case value_kind::bytes:  // psycopg2's Binary, the hex literal elsewhere
      if (pg) return "'\\x" + to_hex(v.as_bytes()) + "'::bytea";
      if (d == dialect_id::oracle) return "HEXTORAW('" + to_hex(v.as_bytes()) + "')";
      return "X'" + to_hex(v.as_bytes()) + "'";
  }
  return "NULL";
}

namespace {

// The field of `m` whose column is compared with the placeholder about to follow `sql`
// (`"col" >= `, or the first value of `"col" IN (`), or null: Django's quoting of the value
// depends on the field.
const field* compared_field(const ddl_context& cx, const model& m, std::string_view sql,
                            std::size_t* column_at) {
  std::string_view head = sql;
  if (head.ends_with(" IN (")) {
    head.remove_suffix(4);
  } else {
    if (!head.ends_with(' ')) return nullptr;
    head.remove_suffix(1);
    const std::size_t op = head.find_last_not_of("=<>!");
    if (op == std::string_view::npos || op + 1 == head.size()) return nullptr;
    head = head.substr(0, op + 1);
  }
  if (head.size() < 3 || head.back() != ' ' || head[head.size() - 2] != cx.traits.quote_close)
    return nullptr;
  const std::size_t close = head.size() - 2;
  const std::size_t open = head.rfind(cx.traits.quote_open, close - 1);
  if (open == std::string_view::npos) return nullptr;
  for (const field& f : m.fields)
    if (cx.quoted(f.column) == head.substr(open, close + 1 - open)) {
      *column_at = open;
      return &f;
    }
  return nullptr;
}

// Writes the next parameter after `out` as Django's condition has it. `list` is the field of
// the IN list the parameter is in: set by its first value, kept for the others.
void write_param(const ddl_context& cx, const model& m, std::string& out, const value& v,
                 const field*& list) {
  std::size_t column_at = 0;
  const field* f = list != nullptr ? list : compared_field(cx, m, out, &column_at);
  if (list == nullptr && out.ends_with(" IN (")) list = f;
  const type_class kind = f ? class_of(f->type) : type_class::text;
  if (f && kind == type_class::boolean && v.kind() == value_kind::boolean &&
      cx.features.bare_boolean_conditions && out.ends_with(" = ")) {
    out.resize(out.size() - 3);
    if (!v.as_bool()) out.insert(column_at, "NOT ");
    return;
  }
  if (f && kind == type_class::decimal && cx.features.decimal_as_text &&
      (v.kind() == value_kind::integer || v.kind() == value_kind::decimal)) {
    out += quoted_text(v.to_string(), false);
    return;
  }
  out += quote_value(v, cx.d);
}

// A GLOB pattern (sqlweave's case-sensitive contains/startswith/endswith on SQLite, wildcards
// `*`, escapes `[c]`) as the LIKE pattern with backslash escapes Django's lookup has.
std::string like_of_glob(std::string_view glob) {
  std::string out;
  for (std::size_t i = 0; i < glob.size(); ++i) {
    char c = glob[i];
    if (c == '*' || c == '?') {
      out += c == '*' ? '%' : '_';
      continue;
    }
    if (c == '[' && i + 2 < glob.size() && glob[i + 2] == ']') {
      c = glob[i + 1];
      i += 2;
    }
    if (c == '\\' || c == '%' || c == '_') out += '\\';
    out += c;
  }
  return out;
}

// Replaces each `?` placeholder outside quoted text and names with the next parameter.
std::string inline_params(const ddl_context& cx, const model& m, std::string_view sql,
                          const std::vector<value>& params) {
  std::string out;
  std::size_t next = 0;
  char quote = 0;
  const field* list = nullptr;
  for (char c : sql) {
    if (quote != 0) {
      if (c == quote) quote = 0;
      out += c;
      continue;
    }
    if (c == '\'' || c == '"' || c == '`') {
      quote = c;
      out += c;
      continue;
    }
    if (c != '?') {
      if (c == ')') list = nullptr;
      out += c;
      continue;
    }
    if (next >= params.size())
      fail(error_code::bad_schema, "a condition has more placeholders than values");
    // Django's SQLite conditions say `LIKE 'a%' ESCAPE '\'` (case-insensitive there, but the
    // schema is Django's): sqlweave's GLOB is for queries.
    constexpr std::string_view glob = " GLOB ";
    if (out.ends_with(glob) && params[next].kind() == value_kind::text) {
      out.replace(out.size() - glob.size(), glob.size(), " LIKE ");
      out += quote_value(value(like_of_glob(params[next++].as_text())), cx.d);
      out += " ESCAPE '\\'";
      continue;
    }
    write_param(cx, m, out, params[next++], list);
  }
  if (next != params.size())
    fail(error_code::bad_schema, "a condition has fewer placeholders than values");
  return out;
}

// MariaDB: sqlweave's `= BINARY ?` keeps text comparisons case-sensitive in queries; Django's
// conditions say `= ?`. Its `LIKE BINARY` is Django's own and stays.
std::string without_binary_compare(std::string sql, std::string_view prefix) {
  if (prefix.empty()) return sql;
  for (auto at = sql.find(prefix); at != std::string::npos; at = sql.find(prefix, at)) {
    if (std::string_view(sql).substr(0, at).ends_with("LIKE "))
      at += prefix.size();
    else
      sql.erase(at, prefix.size());
  }
  return sql;
}

// SQLite: sqlweave casts a decimal parameter (`CAST(? AS NUMERIC)`) so that it compares as a
// number in queries; Django's conditions write the value alone.
std::string without_decimal_casts(std::string sql, bool casts) {
  if (!casts) return sql;
  constexpr std::string_view cast = "CAST(? AS NUMERIC)";
  for (auto at = sql.find(cast); at != std::string::npos; at = sql.find(cast, at))
    sql.replace(at, cast.size(), "?");
  return sql;
}

std::string erase_all(std::string text, const std::string& what) {
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at))
    text.erase(at, what.size());
  return text;
}

}  // namespace

namespace {

// `sql` with the table's qualifier dropped from its columns and its parameters as literals.
std::string table_free(const ddl_context& cx, const model& m, std::string_view sql,
                       const std::vector<value>& params) {
  const std::string columns = erase_all(std::string(sql), cx.quoted(m.db_table) + ".");
  const std::string plain =
      without_decimal_casts(without_binary_compare(columns, cx.traits.binary_compare),
                            cx.traits.decimal_params_need_cast);
  return inline_params(cx, m, plain, params);
}

statement compiled(const ddl_context& cx, const model& m, std::string_view chain) {
  const compile_options options{.style = paramstyle::qmark};
  const std::string text = fmt::format("{}.objects{}.order_by()", m.name, chain);
  return compile(cx.s, parse_query(text), cx.d, options).statements.at(0);
}

[[noreturn]] void not_own_columns(const model& m, std::string_view what) {
  fail(error_code::bad_schema,
       fmt::format("{} of {} must use the model's own columns only", what, m.name));
}

}  // namespace

std::string condition_sql(const ddl_context& cx, const model& m, std::string_view condition) {
  const std::string head = compiled(cx, m, "").sql + " WHERE ";
  const statement filtered = compiled(cx, m, fmt::format(".filter({})", condition));
  // Anything but `<all rows> WHERE <condition>` (a join, a default manager's filter) is not
  // a condition on the table alone.
  if (!filtered.sql.starts_with(head))
    not_own_columns(m, fmt::format("the condition {}", condition));
  return table_free(cx, m, std::string_view(filtered.sql).substr(head.size()), filtered.params);
}

std::string index_expression_sql(const ddl_context& cx, const model& m,
                                 std::string_view expression) {
  constexpr std::string_view alias = "sqlweave_index_expression";
  std::string_view e = expression;
  const bool descending = e.ends_with(".desc()");
  if (descending || e.ends_with(".asc()")) e.remove_suffix(descending ? 7 : 6);
  const statement st =
      compiled(cx, m, fmt::format(".annotate({}={}).values(\"{}\")", alias, e, alias));
  const std::string tail = fmt::format(" AS {} FROM {}", cx.quoted(alias), cx.quoted(m.db_table));
  if (!st.sql.starts_with("SELECT ") || !st.sql.ends_with(tail))
    not_own_columns(m, fmt::format("the index expression {}", expression));
  const std::string sql = table_free(
      cx, m, std::string_view(st.sql).substr(7, st.sql.size() - 7 - tail.size()), st.params);
  // Django's IndexExpression: a bare column as it is, anything else in parentheses.
  const bool column = sql.size() > 2 && sql.front() == cx.traits.quote_open &&
                      sql.find(cx.traits.quote_close, 1) == sql.size() - 1;
  return (column ? sql : "(" + sql + ")") + (descending ? " DESC" : "");
}

}  // namespace sqlweave::ddl_detail
