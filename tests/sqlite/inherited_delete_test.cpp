// SPDX-License-Identifier: MIT
// delete() as Django's collector: a multi-table inheritance child's rows take their parents'
// rows along (SQLite runs the plan; MySQL's one multi-table DELETE is checked by its text),
// on_delete=SET(value), and dependants reached through a to_field; update() of a parent's field
// from the parent's own columns.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "sqlweave/compile.hpp"
#include "sqlweave/ddl.hpp"
#include "sqlweave/exec.hpp"
#include "sqlweave/parse.hpp"
#include "sqlweave/query.hpp"

using namespace sqlweave;

namespace {

constexpr const char* models_py = R"(from django.db import models


def pick_owner():
    return 1


class Place(models.Model):
    name = models.CharField(max_length=20)
    rank = models.IntegerField(default=0)


class Shop(Place):
    opens = models.IntegerField(null=True)


class Kiosk(Shop):
    window = models.BooleanField(default=False)


class Visit(models.Model):
    place = models.ForeignKey(Place, models.CASCADE)


class Stock(models.Model):
    shop = models.ForeignKey(Shop, models.SET(7), null=True)


class Car(models.Model):
    make = models.CharField(max_length=20, unique=True)


class Driver(models.Model):
    car = models.ForeignKey(Car, models.SET_NULL, to_field="make", null=True)


class Wheel(models.Model):
    car = models.ForeignKey(Car, models.CASCADE, to_field="make")


class Lot(models.Model):
    size = models.IntegerField(default=1)


class Garage(models.Model):
    lot = models.ForeignKey(Lot, models.SET(pick_owner))
)";

const schema& models() {
  static const schema s = schema::from_models_source(models_py, {.app = "t"});
  return s;
}

std::vector<std::string> sql_of(std::string_view text, dialect_id d) {
  std::vector<std::string> out;
  for (const auto& st : compile(models(), parse_query(text), d).statements) out.push_back(st.sql);
  return out;
}

std::unique_ptr<connection> filled() {
  auto db = open_sqlite(":memory:");
  for (const auto& st : ddl(models(), dialect_id::sqlite)) db->execute_script(st);
  db->execute_script(R"(
    INSERT INTO "t_place" VALUES (1, 'a', 1), (2, 'b', 2), (3, 'c', 3), (4, 'd', 4), (7, 'x', 0);
    INSERT INTO "t_shop" VALUES (2, 9), (3, 10), (4, 11), (7, NULL);
    INSERT INTO "t_kiosk" VALUES (4, 1);
    INSERT INTO "t_visit" VALUES (1, 1), (2, 2), (3, 4);
    INSERT INTO "t_stock" VALUES (1, 2), (2, 3), (3, NULL);
    INSERT INTO "t_car" VALUES (1, 'Toyota'), (2, 'Fiat');
    INSERT INTO "t_driver" VALUES (1, 'Toyota'), (2, 'Fiat');
    INSERT INTO "t_wheel" VALUES (1, 'Toyota'), (2, 'Toyota'), (3, 'Fiat');)");
  return db;
}

std::string column(connection& db, const std::string& sql) {
  statement st;
  st.sql = sql;
  std::string out;
  for (const auto& row : db.execute(st).rows) {
    if (!out.empty()) out += ',';
    out += row.at(0).is_null() ? "NULL" : row.at(0).to_string();
  }
  return out;
}

std::int64_t run(connection& db, std::string_view text) {
  return db.run(compile(models(), parse_query(text), dialect_id::sqlite)).rows_affected;
}

}  // namespace

TEST_CASE("a multi-table child's delete takes its parents' rows", "[sqlite][deletes]") {
  auto db = filled();
  // Shops 2 and 4 (a kiosk) and their places: the kiosk row and the visits go, the stock of
  // shop 2 is SET(7), which Django's count leaves out.
  CHECK(run(*db, R"(Shop.objects.filter(rank__in=[2, 4]).delete())") == 1 + 2 + 2 + 2);
  CHECK(column(*db, R"(SELECT "id" FROM "t_place" ORDER BY 1)") == "1,3,7");
  CHECK(column(*db, R"(SELECT "place_ptr_id" FROM "t_shop" ORDER BY 1)") == "3,7");
  CHECK(column(*db, R"(SELECT COUNT(*) FROM "t_kiosk")") == "0");
  CHECK(column(*db, R"(SELECT "place_id" FROM "t_visit" ORDER BY 1)") == "1");
  CHECK(column(*db, R"(SELECT "shop_id" FROM "t_stock" ORDER BY "id")") == "7,3,NULL");
}

TEST_CASE("a grandchild's delete goes up to the root", "[sqlite][deletes]") {
  auto db = filled();
  CHECK(run(*db, R"(Kiosk.objects.filter(opens=11).delete())") == 3 + 1);
  CHECK(column(*db, R"(SELECT "id" FROM "t_place" ORDER BY 1)") == "1,2,3,7");
  CHECK(column(*db, R"(SELECT "place_ptr_id" FROM "t_shop" ORDER BY 1)") == "2,3,7");
  CHECK(column(*db, R"(SELECT COUNT(*) FROM "t_visit")") == "2");
}

TEST_CASE("MySQL deletes a child and its parents in one statement, child first", "[deletes]") {
  const auto sql = sql_of(R"(Kiosk.objects.filter(window=True).delete())", dialect_id::mysql);
  CHECK(sql.back() ==
        "DELETE `t_kiosk`, `t_shop`, `t_place` FROM `t_kiosk` STRAIGHT_JOIN `t_shop` ON "
        "(`t_kiosk`.`shop_ptr_id` = `t_shop`.`place_ptr_id`) STRAIGHT_JOIN `t_place` ON "
        "(`t_shop`.`place_ptr_id` = `t_place`.`id`) WHERE `t_kiosk`.`window`");
}

TEST_CASE("dependants of a to_field are reached through its column", "[sqlite][deletes]") {
  const auto sql = sql_of(R"(Car.objects.filter(make="Toyota").delete())", dialect_id::sqlite);
  REQUIRE(sql.size() == 3);
  CHECK(sql[0] == R"(UPDATE "t_driver" SET "car_id" = NULL WHERE "t_driver"."car_id" IN (SELECT )"
                  R"("t_car"."make" FROM "t_car" WHERE "t_car"."make" = ?))");
  auto db = filled();
  CHECK(run(*db, R"(Car.objects.filter(make="Toyota").delete())") == 2 + 1);  // not SET_NULL's
  CHECK(column(*db, R"(SELECT "car_id" FROM "t_driver" ORDER BY "id")") == "NULL,Fiat");
  CHECK(column(*db, R"(SELECT "car_id" FROM "t_wheel")") == "Fiat");
}

TEST_CASE("on_delete=SET(callable) is refused naming it", "[deletes]") {
  try {
    (void)sql_of(R"(Lot.objects.all().delete())", dialect_id::sqlite);
    FAIL("SET(pick_owner) has no value SQL can write");
  } catch (const error& e) {
    CHECK(e.code() == error_code::unsupported);
    CHECK(std::string(e.what()).find("Garage.lot is on_delete=SET(pick_owner)") !=
          std::string::npos);
  }
}

TEST_CASE("a parent's field is updated from the parent's columns", "[sqlite][deletes]") {
  auto db = filled();
  CHECK(run(*db, R"(Shop.objects.filter(opens__gte=10).update(rank=F("rank") + 10))") == 2);
  CHECK(column(*db, R"(SELECT "rank" FROM "t_place" ORDER BY "id")") == "1,2,13,14,0");
  // A child's column is not the parent's: Django's related update cannot name it either.
  CHECK_THROWS_AS(sql_of(R"(Shop.objects.update(rank=F("opens")))", dialect_id::sqlite), error);
}
