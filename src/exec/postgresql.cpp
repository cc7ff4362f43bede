// SPDX-License-Identifier: MIT
// The PostgreSQL executor over libpq: parameters travel as text with their declared types
// (text stays untyped so the server reads it as the context needs), rows come back as text
// and are decoded by the compiled field types, else by the column's type OID.
#include <fmt/format.h>
#include <libpq-fe.h>

#include <memory>
#include <string_view>

#include "exec/decode.hpp"
#include "sqlweave/exec.hpp"
#include "support/errors.hpp"

namespace sqlweave {
namespace {

using exec_detail::database_error;
using pg_result = std::unique_ptr<PGresult, void (*)(PGresult*)>;

// Built-in type OIDs (server/catalog/pg_type_d.h, which libpq-dev does not ship).
enum pg_type : Oid {
  pg_bool = 16,
  pg_bytea = 17,
  pg_int8 = 20,
  pg_int2 = 21,
  pg_int4 = 23,
  pg_float4 = 700,
  pg_float8 = 701,
  pg_date = 1082,
  pg_time = 1083,
  pg_timestamp = 1114,
  pg_timestamptz = 1184,
  pg_interval = 1186,
  pg_numeric = 1700,
};

Oid type_of(const value& v) {
  switch (v.kind()) {
    case value_kind::boolean: return pg_bool;
    case value_kind::integer:
      return v.as_int() >= INT32_MIN && v.as_int() <= INT32_MAX ? pg_int4 : pg_int8;
    case value_kind::real: return pg_float8;
    case value_kind::decimal: return pg_numeric;
    case value_kind::date: return pg_date;
    case value_kind::time: return pg_time;
    case value_kind::datetime: return pg_timestamp;
    case value_kind::duration: return pg_interval;
    case value_kind::bytes: return pg_bytea;
    case value_kind::null:
    case value_kind::text: return 0;
  }
  return 0;
}

/// The field class a column of this type OID reads as when the plan does not say.
std::optional<type_class> class_of_oid(Oid oid) {
  switch (oid) {
    case pg_bool: return type_class::boolean;
    case pg_int2:
    case pg_int4:
    case pg_int8: return type_class::integer;
    case pg_float4:
    case pg_float8: return type_class::real;
    case pg_numeric: return type_class::decimal;
    case pg_date: return type_class::date;
    case pg_timestamp:
    case pg_timestamptz: return type_class::datetime;
    default: return std::nullopt;
  }
}

class postgresql_connection final : public connection {
 public:
  explicit postgresql_connection(const std::string& conninfo)
      : conn_(PQconnectdb(conninfo.c_str()), PQfinish) {
    if (!conn_) database_error("postgresql", "out of memory");
    if (PQstatus(conn_.get()) != CONNECTION_OK)
      database_error("postgresql", PQerrorMessage(conn_.get()));
    // Notices (`... does not exist, skipping`) are not failures.
    PQsetNoticeProcessor(
        conn_.get(), [](void*, const char*) {}, nullptr);
    // Naive datetimes (Django's USE_TZ = False) and ISO dates, as the decoder reads them.
    execute_script(
        "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres'");
  }

  dialect_id dialect() const override { return dialect_id::postgresql; }

  result_set execute(const statement& st) override {
    exec_detail::require_bound(st);
    std::vector<std::string> texts(st.params.size());
    std::vector<const char*> values(st.params.size(), nullptr);
    std::vector<Oid> types(st.params.size(), 0);
    for (std::size_t i = 0; i < st.params.size(); ++i) {
      const auto& p = st.params[i];
      types[i] = type_of(p);
      if (p.is_null()) continue;
      // bytea's text input reads `\x` and hex digits.
      texts[i] = p.kind() == value_kind::boolean ? (p.as_bool() ? "true" : "false")
                 : p.kind() == value_kind::bytes ? "\\x" + p.to_string()
                                                 : p.to_string();
      values[i] = texts[i].c_str();
    }
    const pg_result r =
        check(PQexecParams(conn_.get(), st.sql.c_str(), static_cast<int>(values.size()),
                           types.data(), values.data(), nullptr, nullptr, 0),
              st.sql);
    result_set out;
    const int n = PQnfields(r.get());
    std::vector<result_column> by_oid(static_cast<std::size_t>(n));
    for (int c = 0; c < n; ++c) {
      out.columns.emplace_back(PQfname(r.get(), c));
      by_oid[static_cast<std::size_t>(c)].label = out.columns.back();
      by_oid[static_cast<std::size_t>(c)].type = class_of_oid(PQftype(r.get(), c));
    }
    for (int i = 0; i < PQntuples(r.get()); ++i) {
      auto& row = out.rows.emplace_back();
      for (int c = 0; c < n; ++c) {
        if (PQgetisnull(r.get(), i, c)) {
          row.emplace_back();
          continue;
        }
        const auto* described = exec_detail::column_of(st, static_cast<std::size_t>(c));
        const auto* col =
            described && described->type ? described : &by_oid[static_cast<std::size_t>(c)];
        const std::string_view text(PQgetvalue(r.get(), i, c),
                                    static_cast<std::size_t>(PQgetlength(r.get(), i, c)));
        row.push_back(PQftype(r.get(), c) == pg_bytea ? value(bytes{exec_detail::bytea_bytes(text)})
                                                      : exec_detail::decode_text(text, col));
      }
    }
    // For a SELECT the count is its rows; for an INSERT .. RETURNING the rows it wrote.
    if (const std::string_view count = PQcmdTuples(r.get());
        (n == 0 || st.role == statement_role::write) && !count.empty())
      out.rows_affected = std::stoll(std::string(count));
    exec_detail::finish(st, out);
    return out;
  }

  void execute_script(std::string_view sql) override {
    const std::string text(sql);
    check(PQexec(conn_.get(), text.c_str()), sql);
  }

 protected:
  std::string explain_sql(std::string_view sql) const override {
    return fmt::format("EXPLAIN {}", sql);
  }

 private:
  pg_result check(PGresult* raw, std::string_view sql) const {
    pg_result r(raw, PQclear);
    const auto status = PQresultStatus(raw);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return r;
    // SQLSTATE class 23: integrity constraint violation.
    const char* state = raw ? PQresultErrorField(raw, PG_DIAG_SQLSTATE) : nullptr;
    const bool integrity = state && std::string_view(state).starts_with("23");
    database_error("postgresql", raw ? PQresultErrorMessage(raw) : PQerrorMessage(conn_.get()), sql,
                   integrity);
  }

  std::unique_ptr<PGconn, void (*)(PGconn*)> conn_;
};

/// libpq reads `postgresql://` URLs itself, but says little about a malformed one: check the
/// shape first so the error names what is wrong.
std::string conninfo_of(const std::string& url_or_conninfo) {
  if (url_or_conninfo.find("://") == std::string::npos) return url_or_conninfo;
  const auto u = parse_server_url(url_or_conninfo);
  if (u.scheme != "postgresql" && u.scheme != "postgres")
    fail(error_code::bad_url, fmt::format("'{}' is not a postgresql:// URL", url_or_conninfo));
  const auto quoted = [](const std::string& s) {
    std::string out = "'";
    for (char c : s) {
      if (c == '\'' || c == '\\') out += '\\';
      out += c;
    }
    return out + "'";
  };
  std::string info = fmt::format("host={} dbname={}", quoted(u.host), quoted(u.database));
  if (u.port) info += fmt::format(" port={}", *u.port);
  if (!u.user.empty()) info += " user=" + quoted(u.user);
  if (!u.password.empty()) info += " password=" + quoted(u.password);
  return info;
}

}  // namespace

std::unique_ptr<connection> open_postgresql(const std::string& url_or_conninfo) {
  return std::make_unique<postgresql_connection>(conninfo_of(url_or_conninfo));
}

}  // namespace sqlweave
