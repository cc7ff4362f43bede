// SPDX-License-Identifier: MIT
// Meta.ordering of a proxy (and a proxy of a proxy, and a multi-table child of a proxy) with a
// Meta of its own that does not set ordering: the parent's, as Django's ModelBase leaves it.
#include <catch2/catch.hpp>
#include <string>

#include "sqlweave/compile.hpp"
#include "sqlweave/parse.hpp"
#include "sqlweave/schema.hpp"

using namespace sqlweave;

namespace {

constexpr const char* shelves_py = R"(from django.db import models


class Shelf(models.Model):
    label = models.CharField(max_length=20)
    rank = models.IntegerField()

    class Meta:
        ordering = ["-rank", "label"]


class TallShelf(Shelf):
    class Meta:
        proxy = True


class TallerShelf(TallShelf):
    class Meta:
        proxy = True
        verbose_name = "taller shelf"


class ByLabel(TallShelf):
    class Meta:
        proxy = True
        ordering = ["label"]


class Cabinet(TallShelf):
    doors = models.IntegerField()

    class Meta:
        db_table = "cabinet"
)";

const schema& shelves() {
  static const schema s = schema::from_models_source(shelves_py, {.app = "s"});
  return s;
}

std::string order_of(const std::string& model) {
  const std::string sql =
      compile(shelves(), parse_query(model + ".objects.values(\"id\")"), dialect_id::sqlite)
          .statements.at(0)
          .sql;
  const auto at = sql.find(" ORDER BY ");
  return at == std::string::npos ? std::string() : sql.substr(at + 10);
}

}  // namespace

TEST_CASE("a proxy with its own Meta keeps its parent's ordering", "[schema][proxy]") {
  CHECK(order_of("Shelf") == R"("s_shelf"."rank" DESC, "s_shelf"."label" ASC)");
  CHECK(order_of("TallShelf") == order_of("Shelf"));
  CHECK(order_of("TallerShelf") == order_of("Shelf"));
  CHECK(order_of("ByLabel") == R"("s_shelf"."label" ASC)");
}

TEST_CASE("a multi-table child of a proxy takes the proxy's ordering", "[schema][proxy]") {
  CHECK(order_of("Cabinet") == R"("s_shelf"."rank" DESC, "s_shelf"."label" ASC)");
}
