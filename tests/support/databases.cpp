// SPDX-License-Identifier: MIT
#include "support/databases.hpp"

#include <fmt/format.h>
#include <libpq-fe.h>
#include <mysql.h>
#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <compare>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
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
    case value_kind::duration: return fmt::format("'{}'", v.to_string());
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

/// `2024-02-29 13:05:00.12+00` -> `2024-02-29 13:05:00.120000`; a zero fraction and any
/// zone offset are dropped (sessions run in UTC).
std::string datetime_text(std::string_view text) {
  constexpr std::size_t seconds_end = 19;  // YYYY-MM-DD HH:MM:SS
  std::string out(text.substr(0, seconds_end));
  if (text.size() <= seconds_end || text[seconds_end] != '.') return out;
  auto digits = text.substr(seconds_end + 1);
  digits = digits.substr(0, std::min<std::size_t>(6, digits.find_first_not_of("0123456789")));
  std::string micro(digits);
  micro.resize(6, '0');
  if (micro != "000000") out += "." + micro;
  return out;
}

// ------------------------------------------------------------------ SQLite

using sqlite_stmt = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)>;

[[noreturn]] void sqlite_fail(sqlite3* db, std::string_view what) {
  throw std::runtime_error(fmt::format("sqlite: {}\n  in: {}", sqlite3_errmsg(db), what));
}

int sqlite_bind(sqlite3_stmt* st, int index, const value& v) {
  switch (v.kind()) {
    case value_kind::null: return sqlite3_bind_null(st, index);
    case value_kind::boolean: return sqlite3_bind_int(st, index, v.as_bool() ? 1 : 0);
    case value_kind::integer: return sqlite3_bind_int64(st, index, v.as_int());
    case value_kind::duration: return sqlite3_bind_int64(st, index, v.as_duration().microseconds);
    case value_kind::real: return sqlite3_bind_double(st, index, v.as_real());
    case value_kind::text:
      return sqlite3_bind_text(st, index, v.as_text().data(), static_cast<int>(v.as_text().size()),
                               SQLITE_STATIC);
    // Django's SQLite adapters send decimals, dates and datetimes as their text.
    case value_kind::date:
    case value_kind::datetime:
    case value_kind::decimal: {
      const auto text = v.to_string();
      return sqlite3_bind_text(st, index, text.data(), static_cast<int>(text.size()),
                               SQLITE_TRANSIENT);
    }
  }
  return SQLITE_MISUSE;
}

sqlite_stmt sqlite_prepare(sqlite3* db, const statement& s) {
  sqlite3_stmt* raw = nullptr;
  const char* tail = nullptr;
  const int rc = sqlite3_prepare_v2(db, s.sql.data(), static_cast<int>(s.sql.size()), &raw, &tail);
  sqlite_stmt st(raw, sqlite3_finalize);
  if (rc != SQLITE_OK) sqlite_fail(db, describe(s));
  const std::string_view rest(tail, s.sql.data() + s.sql.size() - tail);
  if (raw == nullptr || rest.find_first_not_of(" \t\r\n;") != std::string_view::npos)
    throw std::runtime_error("sqlite: exactly one statement expected\n  in: " + describe(s));
  if (sqlite3_bind_parameter_count(raw) != static_cast<int>(s.params.size()))
    throw std::runtime_error(fmt::format("sqlite: the SQL has {} placeholders\n  in: {}",
                                         sqlite3_bind_parameter_count(raw), describe(s)));
  for (std::size_t i = 0; i < s.params.size(); ++i)
    if (sqlite_bind(raw, static_cast<int>(i + 1), s.params[i]) != SQLITE_OK)
      sqlite_fail(db, describe(s));
  return st;
}

value sqlite_column(sqlite3_stmt* st, int column) {
  switch (sqlite3_column_type(st, column)) {
    case SQLITE_NULL: return {};
    case SQLITE_INTEGER: return value{sqlite3_column_int64(st, column)};
    case SQLITE_FLOAT: return value{sqlite3_column_double(st, column)};
    default: {  // text, and blobs as their bytes
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, column));
      return value{std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(st, column)))};
    }
  }
}

/// Steps to the end, collecting the rows when asked to.
rows sqlite_run(sqlite3* db, const statement& s, bool keep_rows) {
  const auto st = sqlite_prepare(db, s);
  rows out;
  int rc = SQLITE_ROW;
  while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
    if (!keep_rows) continue;
    row r;
    for (int c = 0; c < sqlite3_column_count(st.get()); ++c)
      r.push_back(sqlite_column(st.get(), c));
    out.push_back(std::move(r));
  }
  if (rc != SQLITE_DONE) sqlite_fail(db, describe(s));
  return out;
}

void regexp_function(sqlite3_context* ctx, int /*argc*/, sqlite3_value** argv) {
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
    sqlite3_result_null(ctx);
    return;
  }
  const auto text = [](sqlite3_value* v) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(v));
    return std::string(p, static_cast<std::size_t>(sqlite3_value_bytes(v)));
  };
  try {
    // SQLite keeps the compiled pattern on the argument while the pattern stays the same.
    auto* re = static_cast<std::regex*>(sqlite3_get_auxdata(ctx, 0));
    std::unique_ptr<std::regex> compiled;
    if (re == nullptr) {
      compiled = std::make_unique<std::regex>(text(argv[0]), std::regex::ECMAScript);
      re = compiled.get();
    }
    const bool found = std::regex_search(text(argv[1]), *re);
    // Handed over last: SQLite may free it at once.
    if (compiled)
      sqlite3_set_auxdata(ctx, 0, compiled.release(),
                          [](void* p) { delete static_cast<std::regex*>(p); });
    sqlite3_result_int(ctx, found ? 1 : 0);
  } catch (const std::exception& e) {
    sqlite3_result_error(ctx, e.what(), -1);
  }
}

// ------------------------------------------------------------------ PostgreSQL

using pg_result = std::unique_ptr<PGresult, void (*)(PGresult*)>;

// Built-in type OIDs (server/catalog/pg_type_d.h, which libpq-dev does not ship).
enum pg_type : Oid {
  pg_bool = 16,
  pg_int8 = 20,
  pg_date = 1082,
  pg_int2 = 21,
  pg_int4 = 23,
  pg_float4 = 700,
  pg_float8 = 701,
  pg_timestamp = 1114,
  pg_timestamptz = 1184,
  pg_numeric = 1700,
};

pg_result pg_check(PGconn* conn, PGresult* raw, std::string_view what) {
  pg_result r(raw, PQclear);
  const auto status = PQresultStatus(raw);
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return r;
  throw std::runtime_error(fmt::format(
      "postgresql: {}  in: {}", raw ? PQresultErrorMessage(raw) : PQerrorMessage(conn), what));
}

// The type a parameter is declared with, as a driver binding C++ values natively declares it:
// numbers, booleans and dates carry their type (so `CASE WHEN .. THEN $1` stays an integer);
// text stays unknown so the server can read it as whatever the context needs.
Oid pg_type_of(const value& v) {
  switch (v.kind()) {
    case value_kind::boolean: return pg_bool;
    case value_kind::integer:
      return v.as_int() >= INT32_MIN && v.as_int() <= INT32_MAX ? pg_int4 : pg_int8;
    case value_kind::real: return pg_float8;
    case value_kind::decimal: return pg_numeric;
    case value_kind::date: return pg_date;
    case value_kind::datetime: return pg_timestamp;
    default: return 0;
  }
}

/// Parameters travel as text with their declared types; booleans spelled as PostgreSQL's.
pg_result pg_run(PGconn* conn, const statement& s) {
  std::vector<std::string> texts(s.params.size());
  std::vector<const char*> values(s.params.size(), nullptr);
  std::vector<Oid> types(s.params.size(), 0);
  for (std::size_t i = 0; i < s.params.size(); ++i) {
    const auto& p = s.params[i];
    types[i] = pg_type_of(p);
    if (p.is_null()) continue;
    texts[i] = p.kind() == value_kind::boolean ? (p.as_bool() ? "true" : "false") : p.to_string();
    values[i] = texts[i].c_str();
  }
  return pg_check(conn,
                  PQexecParams(conn, s.sql.c_str(), static_cast<int>(values.size()), types.data(),
                               values.data(), nullptr, nullptr, 0),
                  describe(s));
}

value pg_value(const PGresult* r, int row_index, int column) {
  if (PQgetisnull(r, row_index, column)) return {};
  const std::string_view text(PQgetvalue(r, row_index, column),
                              static_cast<std::size_t>(PQgetlength(r, row_index, column)));
  switch (PQftype(r, column)) {
    case pg_int2:
    case pg_int4:
    case pg_int8: return value{parse_number<std::int64_t>(text)};
    case pg_float4:
    case pg_float8:
    case pg_numeric: return value{parse_number<double>(text)};
    case pg_bool: return value{text == "t" ? 1 : 0};
    case pg_timestamp:
    case pg_timestamptz: return value{datetime_text(text)};
    default: return value{text};  // dates are ISO text already (DateStyle ISO)
  }
}

// ------------------------------------------------------------------ MariaDB

using my_stmt = std::unique_ptr<MYSQL_STMT, my_bool (*)(MYSQL_STMT*)>;
using my_res = std::unique_ptr<MYSQL_RES, void (*)(MYSQL_RES*)>;

[[noreturn]] void my_fail(MYSQL* c, std::string_view what) {
  throw std::runtime_error(
      fmt::format("mariadb: {} ({})\n  in: {}", mysql_error(c), mysql_errno(c), what));
}

[[noreturn]] void my_fail(MYSQL_STMT* st, std::string_view what) {
  throw std::runtime_error(
      fmt::format("mariadb: {} ({})\n  in: {}", mysql_stmt_error(st), mysql_stmt_errno(st), what));
}

/// What a MYSQL_BIND points into; stays put while the statement runs.
struct my_buffer {
  std::int64_t integer = 0;
  double real = 0;
  signed char flag = 0;
  MYSQL_TIME time{};
  std::string text;
  unsigned long length = 0;
  my_bool is_null = 0;
  my_bool truncated = 0;
};

MYSQL_TIME my_time(const date& d) {
  MYSQL_TIME t{};
  t.year = static_cast<unsigned>(d.year);
  t.month = static_cast<unsigned>(d.month);
  t.day = static_cast<unsigned>(d.day);
  t.time_type = MYSQL_TIMESTAMP_DATE;
  return t;
}

MYSQL_TIME my_time(const datetime& d) {
  MYSQL_TIME t = my_time(d.day);
  t.hour = static_cast<unsigned>(d.hour);
  t.minute = static_cast<unsigned>(d.minute);
  t.second = static_cast<unsigned>(d.second);
  t.second_part = static_cast<unsigned long>(d.microsecond);
  t.time_type = MYSQL_TIMESTAMP_DATETIME;
  return t;
}

void my_bind_text(MYSQL_BIND& b, my_buffer& buf, std::string text, enum_field_types type) {
  buf.text = std::move(text);
  buf.length = buf.text.size();
  b.buffer_type = type;
  b.buffer = buf.text.data();
  b.buffer_length = buf.length;
  b.length = &buf.length;
}

MYSQL_BIND my_bind_param(const value& v, my_buffer& buf) {
  MYSQL_BIND b{};
  switch (v.kind()) {
    case value_kind::null: b.buffer_type = MYSQL_TYPE_NULL; break;
    case value_kind::boolean:
      buf.flag = v.as_bool() ? 1 : 0;
      b.buffer_type = MYSQL_TYPE_TINY;
      b.buffer = &buf.flag;
      break;
    case value_kind::integer:
    case value_kind::duration:  // microseconds, as Django stores a DurationField here
      buf.integer = v.kind() == value_kind::integer ? v.as_int() : v.as_duration().microseconds;
      b.buffer_type = MYSQL_TYPE_LONGLONG;
      b.buffer = &buf.integer;
      break;
    case value_kind::real:
      buf.real = v.as_real();
      b.buffer_type = MYSQL_TYPE_DOUBLE;
      b.buffer = &buf.real;
      break;
    case value_kind::text: my_bind_text(b, buf, v.as_text(), MYSQL_TYPE_STRING); break;
    case value_kind::decimal:
      my_bind_text(b, buf, v.as_decimal().text, MYSQL_TYPE_NEWDECIMAL);
      break;
    case value_kind::date:
      buf.time = my_time(v.as_date());
      b.buffer_type = MYSQL_TYPE_DATE;
      b.buffer = &buf.time;
      break;
    case value_kind::datetime:
      buf.time = my_time(v.as_datetime());
      b.buffer_type = MYSQL_TYPE_DATETIME;
      b.buffer = &buf.time;
      break;
  }
  return b;
}

my_stmt my_run(MYSQL* c, const statement& s) {
  my_stmt st(mysql_stmt_init(c), mysql_stmt_close);
  if (!st) my_fail(c, describe(s));
  if (mysql_stmt_prepare(st.get(), s.sql.data(), s.sql.size()) != 0) my_fail(st.get(), describe(s));
  if (mysql_stmt_param_count(st.get()) != s.params.size())
    throw std::runtime_error(fmt::format("mariadb: the SQL has {} placeholders\n  in: {}",
                                         mysql_stmt_param_count(st.get()), describe(s)));
  std::vector<my_buffer> buffers(s.params.size());
  std::vector<MYSQL_BIND> binds(s.params.size());
  for (std::size_t i = 0; i < s.params.size(); ++i)
    binds[i] = my_bind_param(s.params[i], buffers[i]);
  if (!binds.empty() && mysql_stmt_bind_param(st.get(), binds.data()) != 0)
    my_fail(st.get(), describe(s));
  if (mysql_stmt_execute(st.get()) != 0) my_fail(st.get(), describe(s));
  return st;
}

/// How a result column is fetched: exact binary integers, doubles and times; all else as text.
enum_field_types my_fetch_type(enum_field_types field) {
  switch (field) {
    case MYSQL_TYPE_TINY:  // also BOOLEAN, tinyint(1)
    case MYSQL_TYPE_SHORT:
    case MYSQL_TYPE_INT24:
    case MYSQL_TYPE_LONG:
    case MYSQL_TYPE_LONGLONG:
    case MYSQL_TYPE_YEAR: return MYSQL_TYPE_LONGLONG;
    case MYSQL_TYPE_DOUBLE: return MYSQL_TYPE_DOUBLE;
    case MYSQL_TYPE_DATE:
    case MYSQL_TYPE_NEWDATE:
    case MYSQL_TYPE_DATETIME:
    case MYSQL_TYPE_TIMESTAMP: return MYSQL_TYPE_DATETIME;
    default: return MYSQL_TYPE_STRING;  // FLOAT and DECIMAL read back in their shortest text
  }
}

MYSQL_BIND my_bind_result(const MYSQL_FIELD& field, my_buffer& buf) {
  constexpr std::size_t initial_text = 256;  // longer values are fetched again in full
  MYSQL_BIND b{};
  b.buffer_type = my_fetch_type(field.type);
  b.is_null = &buf.is_null;
  b.length = &buf.length;
  b.error = &buf.truncated;
  switch (b.buffer_type) {
    case MYSQL_TYPE_LONGLONG: b.buffer = &buf.integer; break;
    case MYSQL_TYPE_DOUBLE: b.buffer = &buf.real; break;
    case MYSQL_TYPE_DATETIME: b.buffer = &buf.time; break;
    default:
      buf.text.resize(initial_text);
      b.buffer = buf.text.data();
      b.buffer_length = buf.text.size();
  }
  return b;
}

std::string my_text(MYSQL_STMT* st, unsigned column, const my_buffer& buf) {
  if (buf.length <= buf.text.size()) return buf.text.substr(0, buf.length);
  std::string full(buf.length, '\0');
  unsigned long length = 0;
  MYSQL_BIND b{};
  b.buffer_type = MYSQL_TYPE_STRING;
  b.buffer = full.data();
  b.buffer_length = full.size();
  b.length = &length;
  if (mysql_stmt_fetch_column(st, &b, column, 0) != 0) my_fail(st, "fetching a long column");
  return full;
}

value my_value(MYSQL_STMT* st, unsigned column, const MYSQL_FIELD& field, const my_buffer& buf) {
  if (buf.is_null) return {};
  switch (my_fetch_type(field.type)) {
    case MYSQL_TYPE_LONGLONG: return value{buf.integer};
    case MYSQL_TYPE_DOUBLE: return value{buf.real};
    case MYSQL_TYPE_DATETIME: {
      const date d{static_cast<int>(buf.time.year), static_cast<int>(buf.time.month),
                   static_cast<int>(buf.time.day)};
      if (field.type == MYSQL_TYPE_DATE || field.type == MYSQL_TYPE_NEWDATE)
        return value{to_iso(d)};
      return value{to_iso(
          datetime{d, static_cast<int>(buf.time.hour), static_cast<int>(buf.time.minute),
                   static_cast<int>(buf.time.second), static_cast<int>(buf.time.second_part)})};
    }
    default: break;
  }
  auto text = my_text(st, column, buf);
  if (field.type == MYSQL_TYPE_FLOAT || field.type == MYSQL_TYPE_DECIMAL ||
      field.type == MYSQL_TYPE_NEWDECIMAL)
    return value{parse_number<double>(text)};
  return value{std::move(text)};
}

rows my_fetch(MYSQL_STMT* st, const statement& s) {
  const my_res meta(mysql_stmt_result_metadata(st), mysql_free_result);
  if (!meta) {
    if (mysql_stmt_errno(st) != 0) my_fail(st, describe(s));
    return {};  // not a query
  }
  const unsigned n = mysql_num_fields(meta.get());
  const MYSQL_FIELD* fields = mysql_fetch_fields(meta.get());
  std::vector<my_buffer> buffers(n);
  std::vector<MYSQL_BIND> binds(n);
  for (unsigned i = 0; i < n; ++i) binds[i] = my_bind_result(fields[i], buffers[i]);
  if (mysql_stmt_bind_result(st, binds.data()) != 0) my_fail(st, describe(s));
  rows out;
  for (;;) {
    const int rc = mysql_stmt_fetch(st);
    if (rc == MYSQL_NO_DATA) break;
    if (rc != 0 && rc != MYSQL_DATA_TRUNCATED) my_fail(st, describe(s));
    row r;
    for (unsigned i = 0; i < n; ++i) r.push_back(my_value(st, i, fields[i], buffers[i]));
    out.push_back(std::move(r));
  }
  return out;
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
    case value_kind::duration: return value_class::text;
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

}  // namespace

// ------------------------------------------------------------------ sqlite_db

sqlite_db::sqlite_db() : db_(nullptr, sqlite3_close) {
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open(":memory:", &raw);
  db_.reset(raw);
  if (rc != SQLITE_OK) sqlite_fail(raw, "opening an in-memory database");
  exec("PRAGMA foreign_keys = ON");
}

void sqlite_db::exec(std::string_view sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_.get(), std::string(sql).c_str(), nullptr, nullptr, &error) == SQLITE_OK)
    return;
  const std::string message = error != nullptr ? error : sqlite3_errmsg(db_.get());
  sqlite3_free(error);
  throw std::runtime_error(fmt::format("sqlite: {}\n  in: {}", message, sql));
}

rows sqlite_db::query(const statement& s) {
  return sqlite_run(db_.get(), s, true);
}

std::int64_t sqlite_db::execute(const statement& s) {
  sqlite_run(db_.get(), s, false);
  return sqlite3_changes64(db_.get());
}

// ------------------------------------------------------------------ postgres_db

postgres_db::postgres_db() : conn_(PQconnectdb(required_env("SQLWEAVE_PG_CONNINFO")), PQfinish) {
  if (PQstatus(conn_.get()) != CONNECTION_OK)
    throw std::runtime_error(
        fmt::format("postgresql: cannot connect with SQLWEAVE_PG_CONNINFO='{}': {}",
                    required_env("SQLWEAVE_PG_CONNINFO"), PQerrorMessage(conn_.get())));
  // Notices (`... does not exist, skipping`) are not failures: keep test output clean.
  PQsetNoticeProcessor(
      conn_.get(), [](void*, const char*) {}, nullptr);
  // The row normalisation reads ISO dates and UTC timestamps.
  exec("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'");
}

void postgres_db::exec(std::string_view sql) {
  const std::string text(sql);
  pg_check(conn_.get(), PQexec(conn_.get(), text.c_str()), text);
}

rows postgres_db::query(const statement& s) {
  const auto r = pg_run(conn_.get(), s);
  rows out(static_cast<std::size_t>(PQntuples(r.get())));
  for (int i = 0; i < PQntuples(r.get()); ++i)
    for (int c = 0; c < PQnfields(r.get()); ++c)
      out[static_cast<std::size_t>(i)].push_back(pg_value(r.get(), i, c));
  return out;
}

std::int64_t postgres_db::execute(const statement& s) {
  const auto r = pg_run(conn_.get(), s);
  const std::string_view count = PQcmdTuples(r.get());
  return count.empty() ? 0 : parse_number<std::int64_t>(count);
}

// ------------------------------------------------------------------ mariadb_db

mariadb_db::mariadb_db() : conn_(mysql_init(nullptr), mysql_close) {
  if (!conn_) throw std::runtime_error("mariadb: mysql_init failed");
  const char* host = required_env("SQLWEAVE_MYSQL_HOST");
  const auto port = parse_number<unsigned>(required_env("SQLWEAVE_MYSQL_PORT"));
  const char* user = required_env("SQLWEAVE_MYSQL_USER");
  const char* password = required_env("SQLWEAVE_MYSQL_PASSWORD");
  const char* db = required_env("SQLWEAVE_MYSQL_DB");
  mysql_options(conn_.get(), MYSQL_SET_CHARSET_NAME, "utf8mb4");
  // Django's flag: an UPDATE counts the rows it matched, not only those it changed.
  // Multi-statements let exec() run a whole schema script.
  if (mysql_real_connect(conn_.get(), host, user, password, db, port, nullptr,
                         CLIENT_FOUND_ROWS | CLIENT_MULTI_STATEMENTS) == nullptr)
    my_fail(conn_.get(), fmt::format("connecting to {}:{} as {}", host, port, user));
  // Literals compare like the columns (utf8mb4_unicode_ci) instead of utf8mb4_general_ci.
  exec("SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci, time_zone = '+00:00'");
}

void mariadb_db::exec(std::string_view sql) {
  MYSQL* c = conn_.get();
  if (mysql_real_query(c, sql.data(), sql.size()) != 0) my_fail(c, sql);
  // Every result of a script must be consumed before the connection takes another command.
  int status = 0;
  do {
    mysql_free_result(mysql_store_result(c));
  } while ((status = mysql_next_result(c)) == 0);
  if (status > 0) my_fail(c, sql);
}

rows mariadb_db::query(const statement& s) {
  const auto st = my_run(conn_.get(), s);
  return my_fetch(st.get(), s);
}

std::int64_t mariadb_db::execute(const statement& s) {
  const auto st = my_run(conn_.get(), s);
  return static_cast<std::int64_t>(mysql_stmt_affected_rows(st.get()));
}

// ------------------------------------------------------------------ free functions

statement make_statement(std::string sql, std::vector<value> params) {
  statement s;
  s.sql = std::move(sql);
  s.params = std::move(params);
  return s;
}

void register_test_regexp(sqlite3* db) {
  if (sqlite3_create_function_v2(db, "regexp", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                 regexp_function, nullptr, nullptr, nullptr) != SQLITE_OK)
    sqlite_fail(db, "registering regexp()");
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
