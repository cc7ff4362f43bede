// SPDX-License-Identifier: MIT
#include "support/databases.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <compare>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

namespace sqlweave::testing {
namespace {

// ------------------------------------------------------------------ shared helpers

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i == 0 ? "" : ", ") + parts[i];
  return out;
}

/// A value as it reads in a message: `NULL`, `42`, `1.0`, `'text'`.
std::string literal(const value& v) {
  switch (v.kind()) {
    case value_kind::null: return "NULL";
    case value_kind::text:
    case value_kind::date:
    case value_kind::datetime:
    case value_kind::time:
    case value_kind::duration: return fmt::format("'{}'", v.to_string());
    case value_kind::bytes: return fmt::format("X'{}'", v.to_string());
    case value_kind::real: {
      // A real that prints like an integer keeps a `.0`, so 2 and 2.0 differ in messages.
      auto s = v.to_string();
      if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
      return s;
    }
    case value_kind::boolean:
    case value_kind::integer:
    case value_kind::decimal: return v.to_string();
  }
  return {};
}

std::string describe(const statement& s) {
  std::vector<std::string> params;
  for (const auto& p : s.params) params.push_back(literal(p));
  return fmt::format("{}\n  params: [{}]", s.sql, join(params));
}

const char* required_env(const char* name) {
  const char* v = std::getenv(name);
  if (v != nullptr) return v;
  throw std::runtime_error(
      fmt::format("{} is not set: run `scripts/db-servers start DIR` and `. DIR/env` first", name));
}

template <class Number>
Number parse_number(std::string_view text) {
  Number n{};
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc{} || end != text.data() + text.size())
    throw std::runtime_error(fmt::format("not a number: '{}'", text));
  return n;
}

// ------------------------------------------------------------------ comparing rows

/// How values compare: numbers by value, dates and datetimes as their ISO text.
enum class value_class { null, number, text };

value_class class_of(const value& v) {
  switch (v.kind()) {
    case value_kind::null: return value_class::null;
    case value_kind::boolean:
    case value_kind::integer:
    case value_kind::real:
    case value_kind::decimal: return value_class::number;
    case value_kind::text:
    case value_kind::date:
    case value_kind::datetime:
    case value_kind::time:
    case value_kind::duration:
    case value_kind::bytes: return value_class::text;
  }
  return value_class::null;
}

double number_of(const value& v) {
  switch (v.kind()) {
    case value_kind::boolean: return v.as_bool() ? 1 : 0;
    case value_kind::integer: return static_cast<double>(v.as_int());
    case value_kind::real: return v.as_real();
    default: return parse_number<double>(v.to_string());
  }
}

std::strong_ordering compare_values(const value& a, const value& b) {
  if (const auto c = class_of(a) <=> class_of(b); c != 0) return c;
  switch (class_of(a)) {
    case value_class::null: return std::strong_ordering::equal;
    case value_class::number:
      if (a.kind() == value_kind::integer && b.kind() == value_kind::integer)
        return a.as_int() <=> b.as_int();
      return std::strong_order(number_of(a), number_of(b));
    case value_class::text: return a.to_string() <=> b.to_string();
  }
  return std::strong_ordering::equal;
}

bool row_less(const row& a, const row& b) {
  for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i)
    if (const auto c = compare_values(a[i], b[i]); c != 0) return c < 0;
  return a.size() < b.size();
}

bool values_close(const value& a, const value& b, double rel_eps) {
  if (class_of(a) != class_of(b)) return false;
  if (class_of(a) != value_class::number) return compare_values(a, b) == 0;
  if (a.kind() == value_kind::integer && b.kind() == value_kind::integer)
    return a.as_int() == b.as_int();
  const double x = number_of(a);
  const double y = number_of(b);
  // Relative, but absolute below 1: sums that cancel out end a few ulps off zero.
  return std::fabs(x - y) <= rel_eps * std::max({1.0, std::fabs(x), std::fabs(y)});
}

bool rows_close(const row& a, const row& b, double rel_eps) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (!values_close(a[i], b[i], rel_eps)) return false;
  return true;
}

// ------------------------------------------------------------------ fixtures

std::string quote_identifier(std::string_view name, dialect_id d) {
  const char quote = d == dialect_id::mysql ? '`' : '"';
  std::string out(1, quote);
  for (const char c : name) {
    if (c == quote) out += quote;
    out += c;
  }
  return out + quote;
}

std::string insert_sql(const std::string& table, const std::vector<std::string>& columns,
                       dialect_id d) {
  if (d == dialect_id::oracle) throw std::invalid_argument("no Oracle database in the tests");
  std::vector<std::string> names;
  std::vector<std::string> placeholders;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    names.push_back(quote_identifier(columns[i], d));
    placeholders.push_back(d == dialect_id::postgresql ? fmt::format("${}", i + 1) : "?");
  }
  return fmt::format("INSERT INTO {} ({}) VALUES ({})", quote_identifier(table, d), join(names),
                     join(placeholders));
}

value fixture_value(const nlohmann::ordered_json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::null: return {};
    case nlohmann::json::value_t::boolean:
      return value{j.get<bool>()};  // typed, so PostgreSQL takes it for a boolean column
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned: return value{j.get<std::int64_t>()};
    case nlohmann::json::value_t::number_float: return value{j.get<double>()};
    case nlohmann::json::value_t::string: return value{j.get<std::string>()};
    default: throw std::invalid_argument("fixture: unsupported JSON value " + j.dump());
  }
}

void insert_rows(database& db, const std::string& table, const nlohmann::ordered_json& data) {
  const auto columns = data.at("columns").get<std::vector<std::string>>();
  auto s = make_statement(insert_sql(table, columns, db.dialect()));
  for (const auto& r : data.at("rows")) {
    if (r.size() != columns.size())
      throw std::invalid_argument(fmt::format("fixture: a row of {} has {} values for {} columns",
                                              table, r.size(), columns.size()));
    s.params.clear();
    for (const auto& cell : r) s.params.push_back(fixture_value(cell));
    db.execute(s);
  }
}

/// Moves the `id` sequence past the loaded ids, so later INSERTs get fresh keys.
void reset_id_sequence(database& db, const std::string& table) {
  const auto quoted = quote_identifier(table, dialect_id::postgresql);
  // Without a sequence pg_get_serial_sequence is NULL, and setval(NULL, ..) a no-op.
  db.query(make_statement(
      fmt::format("SELECT setval(pg_get_serial_sequence($1, 'id'), max(\"id\")) FROM {}", quoted),
      {value{quoted}}));
}

/// A value of the library's executors in the normal form of `rows` (databases.hpp).
value normalized(const value& v) {
  switch (v.kind()) {
    case value_kind::null:
    case value_kind::integer:
    case value_kind::real:
    case value_kind::text: return v;
    case value_kind::boolean: return value{v.as_bool() ? 1 : 0};
    case value_kind::decimal: return value{parse_number<double>(v.as_decimal().text)};
    // Microseconds, as Django stores a DurationField without an interval type.
    case value_kind::duration: return value{v.as_duration().microseconds};
    case value_kind::date:
    case value_kind::datetime:
    case value_kind::time: return value{v.to_string()};
    // Bytes as the text they hold, as a BLOB read back through a text column compares.
    case value_kind::bytes: return value{v.as_bytes().data};
  }
  return v;
}

mariadb_target mariadb_from_env() {
  mariadb_target t;
  t.host = required_env("SQLWEAVE_MYSQL_HOST");
  t.port = parse_number<unsigned>(required_env("SQLWEAVE_MYSQL_PORT"));
  t.user = required_env("SQLWEAVE_MYSQL_USER");
  t.password = required_env("SQLWEAVE_MYSQL_PASSWORD");
  t.database = required_env("SQLWEAVE_MYSQL_DB");
  return t;
}

}  // namespace

// ------------------------------------------------------------------ database

database::database(std::unique_ptr<connection> c) : conn_(std::move(c)) {}

rows database::query(const statement& s) {
  try {
    auto result = conn_->execute(s);
    rows out;
    out.reserve(result.rows.size());
    for (auto& r : result.rows) {
      row& normal = out.emplace_back();
      normal.reserve(r.size());
      for (const auto& v : r) normal.push_back(normalized(v));
    }
    return out;
  } catch (const error& e) {
    throw std::runtime_error(fmt::format("{}\n  in: {}", e.what(), describe(s)));
  }
}

std::int64_t database::execute(const statement& s) {
  try {
    return conn_->execute(s).rows_affected;
  } catch (const error& e) {
    throw std::runtime_error(fmt::format("{}\n  in: {}", e.what(), describe(s)));
  }
}

sqlite_db::sqlite_db() : database(open_sqlite(":memory:")) {}

postgres_db::postgres_db() : database(open_postgresql(required_env("SQLWEAVE_PG_CONNINFO"))) {
  // SHA1() ... SHA512() render as pgcrypto's DIGEST(), as Django's do.
  execute(make_statement("CREATE EXTENSION IF NOT EXISTS pgcrypto", {}));
}

mariadb_db::mariadb_db() : database(open_mariadb(mariadb_from_env())) {}

// ------------------------------------------------------------------ free functions

statement make_statement(std::string sql, std::vector<value> params) {
  statement s;
  s.sql = std::move(sql);
  s.params = std::move(params);
  return s;
}

bool rows_equal(const rows& a, const rows& b, bool ordered, double rel_eps) {
  if (a.size() != b.size()) return false;
  if (ordered) {
    return std::equal(a.begin(), a.end(), b.begin(),
                      [&](const row& x, const row& y) { return rows_close(x, y, rel_eps); });
  }
  rows sorted_a = a;
  rows sorted_b = b;
  std::sort(sorted_a.begin(), sorted_a.end(), row_less);
  std::sort(sorted_b.begin(), sorted_b.end(), row_less);
  return rows_equal(sorted_a, sorted_b, true, rel_eps);
}

std::string to_string(const rows& r) {
  constexpr std::size_t shown = 10;
  if (r.empty()) return "(no rows)\n";
  std::string out;
  for (std::size_t i = 0; i < std::min(shown, r.size()); ++i) {
    std::vector<std::string> cells;
    for (const auto& v : r[i]) cells.push_back(literal(v));
    out += fmt::format("({})\n", join(cells));
  }
  if (r.size() > shown) out += fmt::format("... and {} more rows\n", r.size() - shown);
  return out;
}

std::string read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void load_fixture(database& db, const std::string& fixture_json_path) {
  const auto fixture = nlohmann::ordered_json::parse(read_text_file(fixture_json_path));
  db.begin();
  try {
    for (const auto& [table, data] : fixture.items()) insert_rows(db, table, data);
  } catch (...) {
    db.rollback();
    throw;
  }
  db.commit();
  if (db.dialect() != dialect_id::postgresql) return;
  for (const auto& [table, data] : fixture.items()) {
    const auto& columns = data.at("columns");
    if (std::find(columns.begin(), columns.end(), "id") != columns.end())
      reset_id_sequence(db, table);
  }
}

}  // namespace sqlweave::testing
