// SPDX-License-Identifier: MIT
// Running compiled plans on a database: one small interface over SQLite, PostgreSQL (libpq) and
// MariaDB/MySQL (Connector/C). Each backend is its own CMake target, so a program links only the
// client libraries it uses:
//   sqlweave::sqlite      open_sqlite()       embedded SQLite
//   sqlweave::postgresql  open_postgresql()   libpq
//   sqlweave::mariadb     open_mariadb()      MariaDB Connector/C
//   sqlweave::connect     open(url)           all three, chosen by the URL
//
//   auto db = sqlweave::open("postgresql://app:secret@localhost:5432/shop");
//   auto c = objects("Book").filter("pages__gt", param("n")).compile(s, db->dialect());
//   auto r = db->run(c.bind({{"n", 100}}));
//   for (const auto row : r.rows) std::cout << row.get<std::string>("title") << '\n';
//
// Values come back decoded by the column's field type, whatever the database stores:
//   integer -> int64, FloatField -> double, BooleanField -> bool, DecimalField -> decimal (with
//   the field's scale: SQLite's 31 reads as "31.00"), DateField -> date, DateTimeField ->
//   datetime (naive; PostgreSQL sessions run in UTC), TimeField -> text `HH:MM:SS[.ffffff]`,
//   DurationField -> duration (microseconds, Django's storage on SQLite and MariaDB; PostgreSQL's
//   interval is converted), UUIDField -> text `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`,
//   JSONField -> its JSON text, BinaryField -> text holding the raw bytes. A column without a
//   field type (a raw expression) keeps the database's own type.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "sqlweave/compile.hpp"
#include "sqlweave/error.hpp"
#include "sqlweave/value.hpp"

namespace sqlweave {

namespace detail {
[[noreturn]] void value_mismatch(const value& v, std::string_view wanted);
[[noreturn]] void value_out_of_range(std::int64_t n, std::string_view wanted);
template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};
template <class>
inline constexpr bool unsupported_type = false;
}  // namespace detail

/// A value converted to a C++ type: `value_as<std::int64_t>(v)`. Accepts `bool`, the integer
/// types, `double`, `std::string`, `date`, `datetime`, `time_of_day`, `decimal`, `duration`,
/// `bytes` (a BinaryField's), `value` and
/// `std::optional<T>` of those (NULL -> nullopt). Throws error(bad_value) for NULL into a
/// non-optional, an integer out of the target's range, or a value of another kind (an integer
/// widens to double; nothing else converts).
template <class T>
T value_as(const value& v) {
  if constexpr (detail::is_optional<T>::value) {
    if (v.is_null()) return std::nullopt;
    return value_as<typename T::value_type>(v);
  } else if constexpr (std::is_same_v<T, value>) {
    return v;
  } else if constexpr (std::is_same_v<T, bool>) {
    if (v.kind() != value_kind::boolean) detail::value_mismatch(v, "bool");
    return v.as_bool();
  } else if constexpr (std::is_integral_v<T>) {
    if (v.kind() != value_kind::integer) detail::value_mismatch(v, "an integer type");
    if (!std::in_range<T>(v.as_int())) detail::value_out_of_range(v.as_int(), "the integer type");
    return static_cast<T>(v.as_int());
  } else if constexpr (std::is_same_v<T, double>) {
    if (v.kind() == value_kind::integer) return static_cast<double>(v.as_int());
    if (v.kind() != value_kind::real) detail::value_mismatch(v, "double");
    return v.as_real();
  } else if constexpr (std::is_same_v<T, std::string>) {
    if (v.kind() != value_kind::text) detail::value_mismatch(v, "std::string");
    return v.as_text();
  } else if constexpr (std::is_same_v<T, date>) {
    if (v.kind() != value_kind::date) detail::value_mismatch(v, "sqlweave::date");
    return v.as_date();
  } else if constexpr (std::is_same_v<T, datetime>) {
    if (v.kind() != value_kind::datetime) detail::value_mismatch(v, "sqlweave::datetime");
    return v.as_datetime();
  } else if constexpr (std::is_same_v<T, time_of_day>) {
    if (v.kind() != value_kind::time) detail::value_mismatch(v, "sqlweave::time_of_day");
    return v.as_time();
  } else if constexpr (std::is_same_v<T, duration>) {
    if (v.kind() != value_kind::duration) detail::value_mismatch(v, "sqlweave::duration");
    return v.as_duration();
  } else if constexpr (std::is_same_v<T, decimal>) {
    if (v.kind() != value_kind::decimal) detail::value_mismatch(v, "sqlweave::decimal");
    return v.as_decimal();
  } else if constexpr (std::is_same_v<T, bytes>) {
    if (v.kind() != value_kind::bytes) detail::value_mismatch(v, "sqlweave::bytes");
    return v.as_bytes();
  } else {
    static_assert(detail::unsupported_type<T>, "value_as<T>: no conversion to this type");
  }
}

/// Rows of one statement (or of a prefetch hop's batches): labels, column descriptions, values.
struct result_set {
  std::vector<std::string> columns;
  /// Each column's class where the compiled description gives one; a json column's values are
  /// JSON text, as Django's JSONField decodes them.
  std::vector<std::optional<type_class>> classes;
  std::vector<std::vector<value>> rows;
  std::int64_t rows_affected = 0;  // rows an INSERT/UPDATE/DELETE wrote (matched, on MariaDB)

  /// The index of the column labelled `label`; throws error(bad_argument) naming the labels.
  std::size_t column_index(std::string_view label) const;
};

/// One row of a result_set, read by label: `row.get<std::int64_t>("id")`.
class row_view {
 public:
  row_view(const result_set& set, std::size_t index) : set_(&set), index_(index) {}

  const value& operator[](std::string_view label) const {
    return set_->rows[index_][set_->column_index(label)];
  }
  /// Throws error(bad_argument) for an unknown label, error(bad_value) for a mismatched type.
  template <class T>
  T get(std::string_view label) const {
    return value_as<T>((*this)[label]);
  }
  bool is_null(std::string_view label) const { return (*this)[label].is_null(); }
  const std::vector<value>& values() const { return set_->rows[index_]; }

 private:
  const result_set* set_;
  std::size_t index_;
};

/// `for (const auto row : rows_of(set))` walks a result_set as row_views.
class rows_of {
 public:
  explicit rows_of(const result_set& set) : set_(&set) {}
  struct iterator {
    const result_set* set;
    std::size_t i;
    row_view operator*() const { return {*set, i}; }
    iterator& operator++() {
      ++i;
      return *this;
    }
    bool operator==(const iterator&) const = default;
  };
  iterator begin() const { return {set_, 0}; }
  iterator end() const { return {set_, set_->rows.size()}; }
  std::size_t size() const { return set_->rows.size(); }

 private:
  const result_set* set_;
};

/// One member of a user struct filled from a column: `column("title", &Book::title)`.
template <class T, class Member>
struct column_binding {
  std::string_view label;
  Member T::*member;
};
template <class T, class Member>
column_binding<T, Member> column(std::string_view label, Member T::*member) {
  return {label, member};
}

/// Rows mapped to a user's struct, member by member, with value_as<> rules:
///   struct book { std::int64_t id; std::string title; std::optional<sqlweave::date> published; };
///   auto books = map_rows<book>(r.rows, column("id", &book::id), column("title", &book::title),
///                               column("published", &book::published));
/// Throws as row_view::get() does; the struct needs a default constructor.
template <class T, class... Members>
std::vector<T> map_rows(const result_set& set, column_binding<T, Members>... bindings) {
  std::vector<T> out;
  out.reserve(set.rows.size());
  for (const auto row : rows_of(set)) {
    T& object = out.emplace_back();
    ((object.*(bindings.member) = row.get<Members>(bindings.label)), ...);
  }
  return out;
}

/// The rows a prefetch_related() hop fetched, and the column that names each row's parent.
struct prefetched {
  std::string path;          // "orders", "orders__lines"
  std::string match_column;  // the label holding the parent's key
  result_set rows;
};

/// What running a whole plan gives: the main statement's rows (a write plan: none, and
/// `rows_affected` summed over its `counted` statements: the count Django returns), exists()'s
/// truth, and the prefetched rows. A plan of no statement sends nothing: 0 rows affected, or
/// aggregate()'s `{}` as one row of no columns.
struct plan_result {
  bool is_write = false;
  std::int64_t rows_affected = 0;
  result_set rows;
  std::optional<bool> truth;  // set for exists()
  /// get_or_create()/update_or_create(): whether the row was inserted (`rows` then holds no
  /// row; else the row the lookup found, as it was before an update).
  std::optional<bool> created;
  std::vector<prefetched> prefetches;
};

/// An open database. Statements are bound natively (nothing is spliced into SQL) and rows are
/// decoded by the compiled columns' field types.
class connection {
 public:
  virtual ~connection() = default;
  connection(const connection&) = delete;
  connection& operator=(const connection&) = delete;

  /// The dialect a plan must be compiled for to run here.
  virtual dialect_id dialect() const = 0;

  /// Runs one statement with its parameters: `db->execute(c.statements[0])`. Columns are
  /// decoded by `st.columns` where it describes them; columns past those it describes (a
  /// compound's hidden ORDER BY columns) are left out. Throws error(database) with the server's
  /// message, error(unbound_parameter) for a statement with parameters still unbound.
  virtual result_set execute(const statement& st) = 0;

  /// Runs SQL without parameters, possibly several statements (DDL, fixtures).
  virtual void execute_script(std::string_view sql) = 0;

  /// The database's plan for one statement, a line per row of its EXPLAIN output (a statement
  /// compiled from explain() is run as it is).
  std::vector<std::string> explain(const statement& st);

  /// Runs a whole plan in one transaction (rolled back on any failure): its statements in
  /// order, each when its run_rule holds (the insert of get_or_create() in a savepoint), then
  /// each prefetch hop with the keys of the rows it hangs off, batched under the
  /// parameter limit. A get_or_create() lookup with more than one row throws error(bad_value).
  /// Throws error(unsupported) for a plan compiled for another dialect and error(unbound_parameter)
  /// naming a parameter without a value.
  plan_result run(const compiled_query& plan);

 protected:
  connection() = default;
  /// The statement that asks this database for its plan of `sql`.
  virtual std::string explain_sql(std::string_view sql) const = 0;
};

/// Opens a database by URL: `sqlite:PATH`, a bare path (SQLite), `sqlite::memory:`,
/// `postgresql://USER[:PW]@HOST[:PORT]/DB` (also `postgres://`), `mysql://...` or
/// `mariadb://...`. Throws error(bad_url) or error(database). Target sqlweave::connect.
std::unique_ptr<connection> open(std::string_view url);

/// An SQLite database file (`:memory:` for a new in-memory one) with `regexp()` registered and
/// foreign keys enforced, as Django's backend sets it up. Target sqlweave::sqlite.
std::unique_ptr<connection> open_sqlite(const std::string& path);

/// A PostgreSQL server by URL or libpq conninfo; the session runs with TimeZone UTC and ISO
/// dates. Target sqlweave::postgresql.
std::unique_ptr<connection> open_postgresql(const std::string& url_or_conninfo);

/// The parts of a `mysql://` / `mariadb://` URL.
struct mariadb_target {
  std::string host = "localhost";
  unsigned port = 3306;
  std::string user;
  std::string password;
  std::string database;
};
/// A MariaDB or MySQL server with Django's session settings (utf8mb4, found rows for UPDATE,
/// UTC). Target sqlweave::mariadb.
std::unique_ptr<connection> open_mariadb(const mariadb_target& target);

/// Splits `scheme://USER[:PW]@HOST[:PORT]/DB` (percent-escapes decoded); throws error(bad_url).
struct server_url {
  std::string scheme;
  std::string user;
  std::string password;
  std::string host;
  std::optional<unsigned> port;
  std::string database;
};
server_url parse_server_url(std::string_view url);

}  // namespace sqlweave
