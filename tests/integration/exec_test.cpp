// SPDX-License-Identifier: MIT
// The executors of sqlweave/exec.hpp on SQLite, PostgreSQL and MariaDB, each opened by URL in a
// database of its own (a PostgreSQL schema, a MariaDB database) holding the shop fixture: typed
// rows, whole plans (transaction, prefetch, exists/count), refusals, and inlined SQL returning
// exactly the rows of the bound form, hostile strings included.
#include "sqlweave/exec.hpp"

#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>

#include "sqlweave/ddl.hpp"
#include "sqlweave/inline.hpp"
#include "sqlweave/parse.hpp"
#include "support/fixture.hpp"

using namespace sqlweave;

namespace {

std::string env(const char* name) {
  const char* v = std::getenv(name);
  if (v == nullptr) throw std::runtime_error(fmt::format("{} is not set", name));
  return v;
}

/// `host=.. port=.. dbname=.. user=..` -> `postgresql://user@host:port/dbname`.
std::string postgresql_url() {
  std::map<std::string, std::string> kv;
  std::istringstream in(env("SQLWEAVE_PG_CONNINFO"));
  std::string item;
  while (in >> item) kv[item.substr(0, item.find('='))] = item.substr(item.find('=') + 1);
  return fmt::format("postgresql://{}@{}:{}/{}", kv["user"], kv["host"], kv["port"], kv["dbname"]);
}

std::string mariadb_url() {
  return fmt::format("mariadb://{}:{}@{}:{}/{}", env("SQLWEAVE_MYSQL_USER"),
                     env("SQLWEAVE_MYSQL_PASSWORD"), env("SQLWEAVE_MYSQL_HOST"),
                     env("SQLWEAVE_MYSQL_PORT"), env("SQLWEAVE_MYSQL_DB"));
}

value fixture_value(const nlohmann::json& j) {
  if (j.is_null()) return {};
  if (j.is_boolean()) return value(j.get<bool>());
  if (j.is_number_integer()) return value(j.get<std::int64_t>());
  if (j.is_number_float()) return value(j.get<double>());
  return value(j.get<std::string>());
}

/// The shop tables and fixture, inserted through the connection itself.
void load_shop(connection& db) {
  for (const auto& stmt : ddl(testing::shop_models(), db.dialect())) db.execute_script(stmt);
  std::ifstream in(testing::shop_file("fixture.json"));
  const auto fixture = nlohmann::ordered_json::parse(in);
  const char quote = db.dialect() == dialect_id::mysql ? '`' : '"';
  db.execute_script("BEGIN");
  for (const auto& [table, data] : fixture.items()) {
    std::string columns, marks;
    std::size_t i = 0;
    for (const auto& c : data.at("columns")) {
      columns += fmt::format("{}{}{}{}", i ? ", " : "", quote, c.get<std::string>(), quote);
      marks += i ? ", " : "";
      marks += db.dialect() == dialect_id::postgresql ? fmt::format("${}", i + 1) : "?";
      ++i;
    }
    statement st;
    st.sql =
        fmt::format("INSERT INTO {}{}{} ({}) VALUES ({})", quote, table, quote, columns, marks);
    for (const auto& row : data.at("rows")) {
      st.params.clear();
      for (const auto& cell : row) st.params.push_back(fixture_value(cell));
      db.execute(st);
    }
  }
  db.execute_script("COMMIT");
  if (db.dialect() != dialect_id::postgresql) return;
  for (const auto& [table, data] : fixture.items())
    db.execute_script(fmt::format(
        "SELECT setval(pg_get_serial_sequence('\"{0}\"', 'id'), max(\"id\")) FROM \"{0}\"", table));
}

struct backends {
  std::vector<std::unique_ptr<connection>> all;
};

backends& dbs() {
  static backends b = [] {
    backends x;
    x.all.push_back(open("sqlite::memory:"));
    auto pg = open(postgresql_url());
    pg->execute_script(
        "DROP SCHEMA IF EXISTS exec_test CASCADE; CREATE SCHEMA exec_test; "
        "SET search_path TO exec_test");
    x.all.push_back(std::move(pg));
    auto my = open(mariadb_url());
    my->execute_script(
        "DROP DATABASE IF EXISTS exec_test; CREATE DATABASE exec_test CHARACTER SET utf8mb4 "
        "COLLATE utf8mb4_unicode_ci; USE exec_test");
    x.all.push_back(std::move(my));
    for (auto& db : x.all) load_shop(*db);
    return x;
  }();
  return b;
}

compiled_query compile_for(const connection& db, const std::string& text) {
  return compile(testing::shop_models(), parse_query(text), db.dialect());
}

/// The plan with each statement's values inlined and no parameters left.
result_set run_inlined(connection& db, const compiled_query& bound) {
  return db.run(inline_values(bound)).rows;
}

}  // namespace

TEST_CASE("rows are decoded by field type on every database", "[servers][exec]") {
  struct product {
    std::int64_t id = 0;
    decimal price;
    std::optional<double> weight;
    bool active = false;
    std::optional<date> released;
    datetime created;
  };
  for (auto& db : dbs().all) {
    INFO(to_string(db->dialect()));
    const auto r = db->run(
        compile_for(*db,
                    "Product.objects.filter(id__in=[1, 2]).values(\"id\", \"price\", \"weight\", "
                    "\"active\", \"released\", \"created\").order_by(\"id\")"));
    const auto products = map_rows<product>(
        r.rows, column("id", &product::id), column("price", &product::price),
        column("weight", &product::weight), column("active", &product::active),
        column("released", &product::released), column("created", &product::created));
    REQUIRE(products.size() == 2);
    CHECK(products[0].id == 1);
    CHECK(products[0].price == decimal{"866.53"});
    CHECK(products[0].weight == 14.323);
    CHECK(products[0].active);
    REQUIRE(products[0].released);
    CHECK(is_valid(*products[0].released));
    CHECK(is_valid(products[0].created));
    const row_view first(r.rows, 0);
    CHECK(first.get<std::int64_t>("id") == 1);
    CHECK_THROWS_WITH(first.get<std::string>("id"),
                      Catch::Contains("integer value cannot be read as std::string"));
    CHECK_THROWS_WITH(first["nope"], Catch::Contains("no column 'nope'"));
  }
}

TEST_CASE("a decimal keeps its scale; count, exists and aggregates have their shapes",
          "[servers][exec]") {
  for (auto& db : dbs().all) {
    INFO(to_string(db->dialect()));
    // SQLite stores 31.00 as the integer 31: the column's scale brings the zeros back.
    const auto write =
        db->run(compile_for(*db, "Product.objects.filter(id=3).update(price=Decimal(\"31.00\"))"));
    CHECK(write.is_write);
    CHECK(write.rows_affected == 1);
    const auto price = db->run(compile_for(*db, "Product.objects.filter(id=3).values(\"price\")"));
    CHECK(row_view(price.rows, 0).get<decimal>("price") == decimal{"31.00"});

    const auto count = db->run(compile_for(*db, "Product.objects.count()"));
    CHECK(row_view(count.rows, 0).get<std::int64_t>("__count") == 60);
    CHECK(db->run(compile_for(*db, "Customer.objects.filter(name=\"Nobody\").exists()")).truth ==
          false);
    CHECK(db->run(compile_for(*db, "Customer.objects.filter(id=1).exists()")).truth == true);
    const auto total = db->run(
        compile_for(*db, "Order.objects.filter(status=\"paid\").aggregate(s=Sum(\"total\"))"));
    CHECK(row_view(total.rows, 0)["s"].kind() == value_kind::decimal);
  }
}

TEST_CASE("prefetch hops run after their parent with its keys", "[servers][exec]") {
  for (auto& db : dbs().all) {
    INFO(to_string(db->dialect()));
    const auto r = db->run(
        compile_for(*db, "Customer.objects.filter(id__lte=5).prefetch_related(\"orders__lines\")"));
    REQUIRE(r.prefetches.size() == 2);
    CHECK(r.prefetches[0].path == "orders");
    CHECK(r.prefetches[1].path == "orders__lines");
    const auto orders = db->run(compile_for(*db, "Order.objects.filter(customer_id__lte=5)"));
    CHECK(r.prefetches[0].rows.rows.size() == orders.rows.rows.size());
    const auto lines =
        db->run(compile_for(*db, "OrderLine.objects.filter(order__customer_id__lte=5)"));
    CHECK(r.prefetches[1].rows.rows.size() == lines.rows.rows.size());
  }
}

TEST_CASE("a plan runs in one transaction: a failing statement undoes the ones before",
          "[servers][exec]") {
  for (auto& db : dbs().all) {
    INFO(to_string(db->dialect()));
    auto plan = compile_for(*db, "Tag.objects.filter(id=1).update(weight=777)");
    statement broken = plan.statements.at(0);
    broken.sql = "UPDATE no_such_table SET x = 1";
    broken.params.clear();
    plan.statements.push_back(broken);
    CHECK_THROWS_AS(db->run(plan), error);
    const auto weight = db->run(compile_for(*db, "Tag.objects.filter(id=1).values(\"weight\")"));
    CHECK(row_view(weight.rows, 0).get<std::int64_t>("weight") != 777);
  }
}

TEST_CASE("get_or_create() and update_or_create() plans follow their run rules",
          "[servers][exec]") {
  for (auto& db : dbs().all) {
    INFO(to_string(db->dialect()));
    auto weight_of = [&](const std::string& name) {
      const auto r = db->run(compile_for(
          *db, fmt::format("Tag.objects.filter(name=\"{}\").values(\"weight\")", name)));
      return r.rows.rows.empty() ? -1000 : row_view(r.rows, 0).get<std::int64_t>("weight");
    };
    // Found: the lookup's row, nothing written.
    auto found = db->run(
        compile_for(*db, "Tag.objects.get_or_create(name=\"gift\", defaults={\"weight\": 9})"));
    CHECK(found.created == false);
    REQUIRE(found.rows.rows.size() == 1);
    CHECK(row_view(found.rows, 0).get<std::string>("name") == "gift");
    CHECK(weight_of("gift") == 2);
    // Not found: inserted from the lookups without `__` and defaults=.
    auto made = db->run(compile_for(
        *db,
        "Tag.objects.get_or_create(name=\"plan-new\", weight__gte=0, defaults={\"weight\": 9})"));
    CHECK(made.created == true);
    CHECK(made.rows_affected == 1);
    CHECK(weight_of("plan-new") == 9);
    // The insert breaks the unique name: rolled back to its savepoint, the lookup runs again and
    // finds nothing, so the integrity error is raised and the plan's transaction undone.
    try {
      db->run(compile_for(*db, "Tag.objects.get_or_create(name=\"sale\", weight=42)"));
      FAIL("no error");
    } catch (const error& e) {
      CHECK(e.code() == error_code::integrity);
    }
    // More than one row is MultipleObjectsReturned: nothing is inserted or updated.
    CHECK_THROWS_WITH(db->run(compile_for(
                          *db, "Tag.objects.update_or_create(weight=3, defaults={\"weight\": 4})")),
                      Catch::Contains("MultipleObjectsReturned"));
    CHECK(weight_of("Eco") == 3);
    // update_or_create(): the row found gets defaults=; a row not found is inserted.
    auto updated = db->run(compile_for(
        *db, "Tag.objects.update_or_create(name=\"plan-new\", defaults={\"weight\": 10})"));
    CHECK(updated.created == false);
    CHECK(updated.rows_affected == 1);
    CHECK(weight_of("plan-new") == 10);
    auto inserted = db->run(compile_for(
        *db, "Tag.objects.update_or_create(name=\"plan-other\", defaults={\"weight\": 5})"));
    CHECK(inserted.created == true);
    CHECK(weight_of("plan-other") == 5);
    db->run(compile_for(*db, "Tag.objects.filter(name__startswith=\"plan-\").delete()"));
  }
}

TEST_CASE("refused: another dialect's plan, unbound parameters, the server's SQL errors",
          "[servers][exec]") {
  for (auto& db : dbs().all) {
    INFO(to_string(db->dialect()));
    const auto other =
        db->dialect() == dialect_id::sqlite ? dialect_id::postgresql : dialect_id::sqlite;
    const auto foreign = compile(testing::shop_models(), parse_query("Tag.objects.all()"), other);
    CHECK_THROWS_WITH(db->run(foreign), Catch::Contains("compiled for"));
    const auto unbound = compile_for(*db, "Tag.objects.filter(name=:tag_name)");
    CHECK_THROWS_WITH(db->run(unbound), Catch::Contains(":tag_name"));
    try {
      db->execute_script("SELEC 1");
      FAIL("no error");
    } catch (const error& e) {
      CHECK(e.code() == error_code::database);
      CHECK_THAT(e.what(), Catch::Contains("syntax"));
    }
    CHECK(!db->explain(compile_for(*db, "Tag.objects.filter(id=1)").statements.at(0)).empty());
  }
}

TEST_CASE("refused: bad URLs, unreachable servers, refused logins", "[servers][exec]") {
  CHECK_THROWS_WITH(open("oracle://u@h/db"), Catch::Contains("bad database URL"));
  CHECK_THROWS_WITH(open("postgresql://u@h:99999/db"), Catch::Contains("is not a port"));
  CHECK_THROWS_WITH(open("sqlite:/nonexistent/dir/x.db"), Catch::Contains("cannot open"));
  CHECK_THROWS_WITH(open("postgresql://nobody@127.0.0.1:1/db"), Catch::Contains("postgresql:"));
  const auto refused = fmt::format("mysql://no_such_user:pw@{}:{}/{}", env("SQLWEAVE_MYSQL_HOST"),
                                   env("SQLWEAVE_MYSQL_PORT"), env("SQLWEAVE_MYSQL_DB"));
  CHECK_THROWS_WITH(open(refused), Catch::Contains("denied"));
}

TEST_CASE("inlined SQL returns the bound form's rows, hostile strings included",
          "[servers][exec][inline]") {
  const std::vector<std::string> hostile{
      "O'Brien",
      "''",
      "\\'",
      "a\\' OR 1=1 -- ",
      "back\\slash\\",
      "%s %% %(p1)s",
      "? ?? $1 :1 :p1",
      "-- not a comment",
      "/* not a comment */ */ /*",
      "tab\tnew\nline\rend",
      "\x01\x1f\x7f",
      "Ünal Şahin Αθήνα 東京",
      "emoji \xF0\x9F\x98\x80",
      std::string(3000, '\'') + std::string(3000, '\\'),
      "trailing quote'",
  };
  for (auto& db : dbs().all) {
    INFO(to_string(db->dialect()));
    for (std::size_t i = 0; i < hostile.size(); ++i) {
      const std::string& v = hostile[i];
      INFO("value " << i);
      const std::map<std::string, value, std::less<>> bind{{"v", value(v)}};
      // Customer 1 gets the value bound, customer 2 through an inlined UPDATE.
      db->run(compile_for(*db, "Customer.objects.filter(id=1).update(notes=:v)").bind(bind));
      db->run(inline_values(
          compile_for(*db, "Customer.objects.filter(id=2).update(notes=:v)").bind(bind)));
      for (const char* q : {"Customer.objects.filter(notes=:v).order_by(\"id\")",
                            "Customer.objects.filter(notes__contains=:v).order_by(\"id\")",
                            "Customer.objects.filter(notes__istartswith=:v).order_by(\"id\")"}) {
        INFO(q);
        const auto bound = compile_for(*db, q).bind(bind);
        const auto rows = db->run(bound).rows;
        CHECK(rows.rows == run_inlined(*db, bound).rows);
        REQUIRE(rows.rows.size() >= 2);
        CHECK(row_view(rows, 0).get<std::string>("notes") == v);
        CHECK(row_view(rows, 1).get<std::string>("notes") == v);
      }
    }
  }
}

TEST_CASE("inlined numbers, decimals, dates and booleans select the bound form's rows",
          "[servers][exec][inline]") {
  const std::map<std::string, value, std::less<>> bind{
      {"price", value(decimal{"100.50"})},
      {"weight", value(2.5)},
      {"day", value(date{2021, 6, 1})},
      {"moment", value(datetime{{2024, 1, 1}, 12, 30, 0, 5})},
      {"active", value(true)},
      {"stock", value(-3)},
      {"factor", value(-1.25)},
  };
  const char* queries[] = {
      "Product.objects.filter(price__gt=:price, weight__lt=:weight).order_by(\"id\")",
      "Product.objects.filter(released__gte=:day, created__lt=:moment).order_by(\"id\")",
      "Product.objects.filter(active=:active, stock__gt=:stock).order_by(\"id\")",
      "Product.objects.annotate(w=F(\"weight\") * :factor).filter(w__lt=:stock).order_by(\"id\")",
  };
  for (auto& db : dbs().all) {
    INFO(to_string(db->dialect()));
    for (const char* q : queries) {
      INFO(q);
      const auto bound = compile_for(*db, q).bind(bind);
      const auto rows = db->run(bound).rows;
      CHECK(!rows.rows.empty());
      CHECK(rows.rows == run_inlined(*db, bound).rows);
    }
  }
}

TEST_CASE("time, duration, UUID, JSON and bytes decode alike on every database",
          "[servers][exec]") {
  const auto probe = schema::from_models_source(
      "from django.db import models\n\n"
      "class Sample(models.Model):\n"
      "    at = models.TimeField(null=True)\n"
      "    span = models.DurationField(null=True)\n"
      "    uid = models.UUIDField(null=True)\n"
      "    doc = models.JSONField(null=True)\n"
      "    blob = models.BinaryField(null=True)\n",
      {"probe"});
  // Django's column types for these fields, and each database's own spelling of the same
  // values, as Django stores them there.
  const std::map<dialect_id, std::string> tables{
      {dialect_id::sqlite,
       "CREATE TABLE probe_sample (id integer PRIMARY KEY, at time NULL, span bigint NULL, "
       "uid char(32) NULL, doc text NULL, blob BLOB NULL)"},
      {dialect_id::postgresql,
       "CREATE TABLE probe_sample (id serial PRIMARY KEY, at time NULL, span interval NULL, "
       "uid uuid NULL, doc jsonb NULL, blob bytea NULL)"},
      {dialect_id::mysql,
       "CREATE TABLE probe_sample (id integer AUTO_INCREMENT PRIMARY KEY, at time(6) NULL, "
       "span bigint NULL, uid char(32) NULL, doc json NULL, `blob` longblob NULL)"},
  };
  const std::map<dialect_id, std::string> rows{
      {dialect_id::sqlite,
       "INSERT INTO probe_sample (at, span, uid, doc, blob) VALUES ('13:05:06.5', 90061000001, "
       "'8C2F0A3E9B1D4E7FA0B1C2D3E4F50617', '{\"a\": 1}', X'00FF41')"},
      {dialect_id::postgresql,
       "INSERT INTO probe_sample (at, span, uid, doc, blob) VALUES ('13:05:06.5', "
       "'1 day 01:01:01.000001', '8c2f0a3e-9b1d-4e7f-a0b1-c2d3e4f50617', '{\"a\": 1}', "
       "'\\x00ff41'::bytea)"},
      {dialect_id::mysql,
       "INSERT INTO probe_sample (at, span, uid, doc, `blob`) VALUES ('13:05:06.5', 90061000001, "
       "'8c2f0a3e9b1d4e7fa0b1c2d3e4f50617', '{\"a\": 1}', X'00FF41')"},
  };
  for (auto& db : dbs().all) {
    INFO(to_string(db->dialect()));
    db->execute_script(tables.at(db->dialect()));
    db->execute_script(rows.at(db->dialect()));
    const auto r = db->run(compile(probe,
                                   parse_query("Sample.objects.values(\"at\", \"span\", \"uid\", "
                                               "\"doc\", \"blob\")"),
                                   db->dialect()));
    REQUIRE(r.rows.rows.size() == 1);
    const row_view row(r.rows, 0);
    CHECK(row.get<std::string>("at") == "13:05:06.500000");
    CHECK(row.get<duration>("span") == duration{90061000001});
    CHECK(row.get<std::string>("uid") == "8c2f0a3e-9b1d-4e7f-a0b1-c2d3e4f50617");
    CHECK(row.get<std::string>("doc") == "{\"a\": 1}");
    CHECK(row.get<bytes>("blob") == bytes{std::string("\0\xff"
                                                      "A",
                                                      3)});
    CHECK_THROWS_WITH(row.get<std::string>("blob"),
                      "the bytes value cannot be read as std::string");
    // Bytes bound as a parameter find the row; other bytes do not.
    for (const auto& [literal, found] :
         {std::pair{R"(b"\x00\xffA")", 1}, std::pair{R"(b"\x00\xff")", 0}}) {
      const auto hits = db->run(compile(
          probe,
          parse_query(fmt::format("Sample.objects.filter(blob={}).values(\"span\")", literal)),
          db->dialect()));
      CHECK(hits.rows.rows.size() == static_cast<std::size_t>(found));
    }
  }
}
