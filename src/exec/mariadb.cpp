// SPDX-License-Identifier: MIT
// The MariaDB/MySQL executor over Connector/C: server-side prepared statements with binary
// parameters (decimals as DECIMAL text, dates as MYSQL_TIME), rows fetched as exact integers,
// doubles, times or text and decoded by the compiled field types.
#include <fmt/format.h>
#include <mysql.h>

#include <algorithm>
#include <iterator>
#include <memory>

#include "exec/decode.hpp"
#include "sqlweave/exec.hpp"

namespace sqlweave {
namespace {

using exec_detail::database_error;
using my_stmt = std::unique_ptr<MYSQL_STMT, my_bool (*)(MYSQL_STMT*)>;
using my_res = std::unique_ptr<MYSQL_RES, void (*)(MYSQL_RES*)>;

// The server errors that mysqlclient raises as IntegrityError (and 4025, which Django's MySQL
// backend adds): duplicate keys, foreign keys, NULL into NOT NULL, CHECK constraints.
bool integrity_error(unsigned code) {
  constexpr unsigned codes[] = {1048, 1062, 1169, 1216, 1217, 1364, 1451, 1452, 1557, 1586, 4025};
  return std::find(std::begin(codes), std::end(codes), code) != std::end(codes);
}

[[noreturn]] void fail(MYSQL* c, std::string_view sql = {}) {
  database_error("mariadb", fmt::format("{} ({})", mysql_error(c), mysql_errno(c)), sql,
                 integrity_error(mysql_errno(c)));
}
[[noreturn]] void fail(MYSQL_STMT* st, std::string_view sql) {
  database_error("mariadb", fmt::format("{} ({})", mysql_stmt_error(st), mysql_stmt_errno(st)), sql,
                 integrity_error(mysql_stmt_errno(st)));
}

/// What a MYSQL_BIND points into; stays put while the statement runs.
struct buffer {
  std::int64_t integer = 0;
  double real = 0;
  signed char flag = 0;
  MYSQL_TIME time{};
  std::string text;
  unsigned long length = 0;
  my_bool is_null = 0;
  my_bool truncated = 0;
};

MYSQL_TIME time_of(const date& d) {
  MYSQL_TIME t{};
  t.year = static_cast<unsigned>(d.year);
  t.month = static_cast<unsigned>(d.month);
  t.day = static_cast<unsigned>(d.day);
  t.time_type = MYSQL_TIMESTAMP_DATE;
  return t;
}

MYSQL_TIME time_of(const datetime& d) {
  MYSQL_TIME t = time_of(d.day);
  t.hour = static_cast<unsigned>(d.hour);
  t.minute = static_cast<unsigned>(d.minute);
  t.second = static_cast<unsigned>(d.second);
  t.second_part = static_cast<unsigned long>(d.microsecond);
  t.time_type = MYSQL_TIMESTAMP_DATETIME;
  return t;
}

void bind_text(MYSQL_BIND& b, buffer& buf, std::string text, enum_field_types type) {
  buf.text = std::move(text);
  buf.length = buf.text.size();
  b.buffer_type = type;
  b.buffer = buf.text.data();
  b.buffer_length = buf.length;
  b.length = &buf.length;
}

MYSQL_BIND bind_param(const value& v, buffer& buf) {
  MYSQL_BIND b{};
  switch (v.kind()) {
    case value_kind::null: b.buffer_type = MYSQL_TYPE_NULL; break;
    case value_kind::boolean:
      buf.flag = v.as_bool() ? 1 : 0;
      b.buffer_type = MYSQL_TYPE_TINY;
      b.buffer = &buf.flag;
      break;
    case value_kind::integer:
      buf.integer = v.as_int();
      b.buffer_type = MYSQL_TYPE_LONGLONG;
      b.buffer = &buf.integer;
      break;
    case value_kind::real:
      buf.real = v.as_real();
      b.buffer_type = MYSQL_TYPE_DOUBLE;
      b.buffer = &buf.real;
      break;
    case value_kind::duration:  // microseconds, as Django stores a DurationField here
      buf.integer = v.as_duration().microseconds;
      b.buffer_type = MYSQL_TYPE_LONGLONG;
      b.buffer = &buf.integer;
      break;
    case value_kind::text: bind_text(b, buf, v.as_text(), MYSQL_TYPE_STRING); break;
    case value_kind::bytes: bind_text(b, buf, v.as_bytes().data, MYSQL_TYPE_BLOB); break;
    case value_kind::decimal: bind_text(b, buf, v.as_decimal().text, MYSQL_TYPE_NEWDECIMAL); break;
    case value_kind::time:  // its text, as Django's adapt_timefield_value sends it
      bind_text(b, buf, v.to_string(), MYSQL_TYPE_STRING);
      break;
    case value_kind::date:
      buf.time = time_of(v.as_date());
      b.buffer_type = MYSQL_TYPE_DATE;
      b.buffer = &buf.time;
      break;
    case value_kind::datetime:
      buf.time = time_of(v.as_datetime());
      b.buffer_type = MYSQL_TYPE_DATETIME;
      b.buffer = &buf.time;
      break;
  }
  return b;
}

/// How a result column is fetched: exact integers, doubles and times; all else as text.
enum_field_types fetch_type(enum_field_types field) {
  switch (field) {
    case MYSQL_TYPE_TINY:
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
    default: return MYSQL_TYPE_STRING;  // FLOAT and DECIMAL read back in their exact text
  }
}

MYSQL_BIND bind_result(const MYSQL_FIELD& field, buffer& buf) {
  constexpr std::size_t initial_text = 256;  // longer values are fetched again in full
  MYSQL_BIND b{};
  b.buffer_type = fetch_type(field.type);
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

std::string fetched_text(MYSQL_STMT* st, unsigned column, const buffer& buf) {
  if (buf.length <= buf.text.size()) return buf.text.substr(0, buf.length);
  std::string full(buf.length, '\0');
  unsigned long length = 0;
  MYSQL_BIND b{};
  b.buffer_type = MYSQL_TYPE_STRING;
  b.buffer = full.data();
  b.buffer_length = full.size();
  b.length = &length;
  if (mysql_stmt_fetch_column(st, &b, column, 0) != 0) fail(st, "fetching a long column");
  return full;
}

/// The field class a column of this wire type reads as when the plan does not say.
std::optional<type_class> class_of_field(const MYSQL_FIELD& field) {
  switch (field.type) {
    case MYSQL_TYPE_DECIMAL:
    case MYSQL_TYPE_NEWDECIMAL: return type_class::decimal;
    case MYSQL_TYPE_FLOAT: return type_class::real;
    default: return std::nullopt;
  }
}

value column_value(MYSQL_STMT* st, unsigned column, const MYSQL_FIELD& field, const buffer& buf,
                   const result_column* described) {
  if (buf.is_null) return {};
  result_column by_wire;
  by_wire.label = field.name;
  by_wire.type = class_of_field(field);
  const result_column* col = described && described->type ? described : &by_wire;
  switch (fetch_type(field.type)) {
    case MYSQL_TYPE_LONGLONG: return exec_detail::decode_integer(buf.integer, col);
    case MYSQL_TYPE_DOUBLE: return exec_detail::decode_real(buf.real, col);
    case MYSQL_TYPE_DATETIME: {
      const date d{static_cast<int>(buf.time.year), static_cast<int>(buf.time.month),
                   static_cast<int>(buf.time.day)};
      const bool date_only =
          col->type ? *col->type == type_class::date
                    : field.type == MYSQL_TYPE_DATE || field.type == MYSQL_TYPE_NEWDATE;
      if (date_only) return value(d);
      return value(datetime{d, static_cast<int>(buf.time.hour), static_cast<int>(buf.time.minute),
                            static_cast<int>(buf.time.second),
                            static_cast<int>(buf.time.second_part)});
    }
    default: return exec_detail::decode_text(fetched_text(st, column, buf), col);
  }
}

class mariadb_connection final : public connection {
 public:
  explicit mariadb_connection(const mariadb_target& t) : conn_(mysql_init(nullptr), mysql_close) {
    if (!conn_) database_error("mariadb", "mysql_init failed (out of memory)");
    mysql_options(conn_.get(), MYSQL_SET_CHARSET_NAME, "utf8mb4");
    // Django's flag: an UPDATE counts the rows it matched, not only those it changed.
    // Multi-statements let execute_script() run a whole schema script.
    if (mysql_real_connect(conn_.get(), t.host.c_str(), t.user.c_str(), t.password.c_str(),
                           t.database.c_str(), t.port, nullptr,
                           CLIENT_FOUND_ROWS | CLIENT_MULTI_STATEMENTS) == nullptr)
      fail(conn_.get());
    // Literals compare like Django's columns (utf8mb4_unicode_ci); naive datetimes in UTC.
    execute_script("SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci, time_zone = '+00:00'");
  }

  dialect_id dialect() const override { return dialect_id::mysql; }

  result_set execute(const statement& s) override {
    exec_detail::require_bound(s);
    MYSQL* c = conn_.get();
    const my_stmt st(mysql_stmt_init(c), mysql_stmt_close);
    if (!st) fail(c, s.sql);
    if (mysql_stmt_prepare(st.get(), s.sql.data(), s.sql.size()) != 0) fail(st.get(), s.sql);
    if (mysql_stmt_param_count(st.get()) != s.params.size())
      database_error("mariadb",
                     fmt::format("the SQL has {} placeholders for {} parameters",
                                 mysql_stmt_param_count(st.get()), s.params.size()),
                     s.sql);
    std::vector<buffer> params(s.params.size());
    std::vector<MYSQL_BIND> binds(s.params.size());
    for (std::size_t i = 0; i < s.params.size(); ++i) binds[i] = bind_param(s.params[i], params[i]);
    if (!binds.empty() && mysql_stmt_bind_param(st.get(), binds.data()) != 0) fail(st.get(), s.sql);
    if (mysql_stmt_execute(st.get()) != 0) fail(st.get(), s.sql);
    result_set out;
    const my_res meta(mysql_stmt_result_metadata(st.get()), mysql_free_result);
    if (!meta) {
      if (mysql_stmt_errno(st.get()) != 0) fail(st.get(), s.sql);
      out.rows_affected = static_cast<std::int64_t>(mysql_stmt_affected_rows(st.get()));
      return out;
    }
    const unsigned n = mysql_num_fields(meta.get());
    const MYSQL_FIELD* fields = mysql_fetch_fields(meta.get());
    std::vector<buffer> buffers(n);
    std::vector<MYSQL_BIND> results(n);
    for (unsigned i = 0; i < n; ++i) {
      out.columns.emplace_back(fields[i].name);
      results[i] = bind_result(fields[i], buffers[i]);
    }
    if (mysql_stmt_bind_result(st.get(), results.data()) != 0) fail(st.get(), s.sql);
    for (;;) {
      const int rc = mysql_stmt_fetch(st.get());
      if (rc == MYSQL_NO_DATA) break;
      if (rc != 0 && rc != MYSQL_DATA_TRUNCATED) fail(st.get(), s.sql);
      auto& row = out.rows.emplace_back();
      for (unsigned i = 0; i < n; ++i)
        row.push_back(
            column_value(st.get(), i, fields[i], buffers[i], exec_detail::column_of(s, i)));
    }
    // An INSERT .. RETURNING returns one row per row it wrote.
    if (s.role == statement_role::write)
      out.rows_affected = static_cast<std::int64_t>(out.rows.size());
    exec_detail::finish(s, out);
    return out;
  }

  void execute_script(std::string_view sql) override {
    MYSQL* c = conn_.get();
    if (mysql_real_query(c, sql.data(), sql.size()) != 0) fail(c, sql);
    // Every result of a script must be consumed before the connection takes another command.
    int status = 0;
    do {
      mysql_free_result(mysql_store_result(c));
    } while ((status = mysql_next_result(c)) == 0);
    if (status > 0) fail(c, sql);
  }

 protected:
  std::string explain_sql(std::string_view sql) const override {
    return fmt::format("EXPLAIN {}", sql);
  }

 private:
  std::unique_ptr<MYSQL, void (*)(MYSQL*)> conn_;
};

}  // namespace

std::unique_ptr<connection> open_mariadb(const mariadb_target& target) {
  return std::make_unique<mariadb_connection>(target);
}

}  // namespace sqlweave
