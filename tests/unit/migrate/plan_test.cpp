// SPDX-License-Identifier: MIT
// plan_migration(): the operations Django's autodetector writes for a change, the questions it
// asks, and the statements of each database's schema editor for them.
#include <catch2/catch.hpp>

#include "sqlweave/migrate.hpp"

using namespace sqlweave;

namespace {

schema models(const std::string& body) {
  return schema::from_models_source("from django.db import models\n\n" + body, {.app = "shop"});
}

const char* const base = R"(
class Category(models.Model):
    name = models.CharField(max_length=40)

class Product(models.Model):
    name = models.CharField(max_length=50)
    category = models.ForeignKey(Category, on_delete=models.CASCADE)
)";

std::vector<std::string> described(const migration_plan& p) {
  std::vector<std::string> out;
  for (const auto& op : p.operations()) out.push_back(op.describe());
  return out;
}

using lines = std::vector<std::string>;

}  // namespace

TEST_CASE("the same schema plans nothing and prints nothing", "[migrate]") {
  const auto plan = plan_migration(models(base), models(base));
  CHECK(plan.empty());
  for (auto d : all_dialects) CHECK(plan.statements(d).empty());
}

TEST_CASE("a NOT NULL field without a default is a question naming --default", "[migrate]") {
  const auto after = models(std::string(base) + "    stock = models.IntegerField()\n");
  try {
    (void)plan_migration(models(base), after);
    FAIL("no question asked");
  } catch (const error& e) {
    CHECK(e.code() == error_code::needs_default);
    CHECK_THAT(e.what(), Catch::Contains("shop.Product.stock") &&
                             Catch::Contains("--default shop.Product.stock=VALUE"));
  }
}

TEST_CASE("blank text fields and nullable fields need no answer", "[migrate]") {
  const auto after = models(std::string(base) +
                            "    note = models.TextField(blank=True)\n"
                            "    code = models.CharField(max_length=5, null=True)\n");
  const auto plan = plan_migration(models(base), after);
  CHECK(described(plan) == lines{"AddField shop.Product.code", "AddField shop.Product.note"});
  CHECK(plan.statements(dialect_id::postgresql) ==
        lines{"BEGIN", R"(ALTER TABLE "shop_product" ADD COLUMN "code" varchar(5) NULL)",
              R"(ALTER TABLE "shop_product" ADD COLUMN "note" text DEFAULT '' NOT NULL)",
              R"(ALTER TABLE "shop_product" ALTER COLUMN "note" DROP DEFAULT)", "COMMIT"});
}

TEST_CASE("a --default fills existing rows and leaves no database default", "[migrate]") {
  const auto after = models(std::string(base) + "    stock = models.IntegerField()\n");
  const auto plan = plan_migration(models(base), after, {.defaults = {"shop.Product.stock=5"}});
  CHECK(plan.statements(dialect_id::mysql) ==
        lines{"ALTER TABLE `shop_product` ADD COLUMN `stock` integer DEFAULT 5 NOT NULL",
              "ALTER TABLE `shop_product` ALTER COLUMN `stock` DROP DEFAULT"});
  CHECK(plan.statements(dialect_id::oracle) ==
        lines{R"(ALTER TABLE "SHOP_PRODUCT" ADD "STOCK" NUMBER(11) DEFAULT 5 NOT NULL)",
              R"(ALTER TABLE "SHOP_PRODUCT" MODIFY "STOCK" DEFAULT NULL)"});
}

TEST_CASE("defaults and renames naming nothing are refused", "[migrate]") {
  const auto s = models(base);
  CHECK_THROWS_WITH(plan_migration(s, s, {.defaults = {"shop.Product.nope=1"}}),
                    Catch::Contains("no field shop.Product.nope"));
  CHECK_THROWS_WITH(plan_migration(s, s, {.defaults = {"shop.Product.name=f(x)"}}),
                    Catch::Contains("'f(x)' is not a Python literal"));
  CHECK_THROWS_WITH(plan_migration(s, s, {.rename_models = {"shop.Ghost=Product"}}),
                    Catch::Contains("old schema has no model shop.Ghost"));
  CHECK_THROWS_WITH(plan_migration(s, s, {.rename_fields = {"shop.Product.name"}}),
                    Catch::Contains("is not app.Model.field=..."));
}

TEST_CASE("a rename is a rename only when a flag says so", "[migrate]") {
  const std::string renamed = R"(
class Category(models.Model):
    name = models.CharField(max_length=40)

class Product(models.Model):
    title = models.CharField(max_length=50)
    category = models.ForeignKey(Category, on_delete=models.CASCADE)
)";
  const auto plan =
      plan_migration(models(base), models(renamed), {.rename_fields = {"shop.Product.name=title"}});
  CHECK(described(plan) == lines{"RenameField shop.Product.name -> title"});
  CHECK(plan.statements(dialect_id::postgresql) ==
        lines{"BEGIN", R"(ALTER TABLE "shop_product" RENAME COLUMN "name" TO "title")", "COMMIT"});
  CHECK(plan.statements(dialect_id::sqlite) ==
        lines{"BEGIN", R"(ALTER TABLE "shop_product" RENAME COLUMN "name" TO "title")", "COMMIT"});
}

TEST_CASE("a renamed field that also changes is removed and added, as Django's autodetector",
          "[migrate]") {
  const std::string changed = R"(
class Category(models.Model):
    name = models.CharField(max_length=40)

class Product(models.Model):
    title = models.CharField(max_length=50, default='')
    category = models.ForeignKey(Category, on_delete=models.CASCADE)
)";
  const lines removed_and_added{"RemoveField shop.Product.name", "AddField shop.Product.title"};
  CHECK(described(plan_migration(models(base), models(changed))) == removed_and_added);
  CHECK(described(plan_migration(models(base), models(changed),
                                 {.rename_fields = {"shop.Product.name=title"}})) ==
        removed_and_added);
}

TEST_CASE("created and deleted models, renamed models and tables", "[migrate]") {
  const std::string after = std::string(base) + R"(
class Tag(models.Model):
    label = models.SlugField()
)";
  const auto created = plan_migration(models(base), models(after));
  CHECK(described(created) == lines{"CreateModel shop.Tag"});
  CHECK(
      created.statements(dialect_id::postgresql) ==
      lines{
          "BEGIN",
          R"(CREATE TABLE "shop_tag" ("id" serial NOT NULL PRIMARY KEY, "label" varchar(50) NOT NULL))",
          R"(CREATE INDEX "shop_tag_label_75bd5993" ON "shop_tag" ("label"))",
          R"(CREATE INDEX "shop_tag_label_75bd5993_like" ON "shop_tag" ("label" varchar_pattern_ops))",
          "COMMIT"});
  const auto deleted = plan_migration(models(after), models(base));
  CHECK(described(deleted) == lines{"DeleteModel shop.Tag"});
  CHECK(deleted.statements(dialect_id::oracle) ==
        lines{R"(DROP TABLE "SHOP_TAG" CASCADE CONSTRAINTS)"});

  const std::string renamed = R"(
class Group(models.Model):
    name = models.CharField(max_length=40)

class Product(models.Model):
    name = models.CharField(max_length=50)
    category = models.ForeignKey(Group, on_delete=models.CASCADE)
)";
  const auto plan =
      plan_migration(models(base), models(renamed), {.rename_models = {"shop.Category=Group"}});
  CHECK(described(plan) == lines{"RenameModel shop.Category -> Group"});
  // Django alters the foreign keys pointing at the model: they take names of the new table.
  CHECK(plan.statements(dialect_id::mysql) ==
        lines{"RENAME TABLE `shop_category` TO `shop_group`",
              "ALTER TABLE `shop_product` DROP FOREIGN KEY "
              "`shop_product_category_id_14d7eea8_fk_shop_category_id`",
              "ALTER TABLE `shop_product` ADD CONSTRAINT "
              "`shop_product_category_id_14d7eea8_fk_shop_group_id` FOREIGN KEY (`category_id`) "
              "REFERENCES `shop_group` (`id`)"});
}

TEST_CASE("PostgreSQL's _like index of a varchar becoming text goes, as in Django 3.2",
          "[migrate][postgresql]") {
  const std::string before = R"(
class Page(models.Model):
    slug = models.CharField(max_length=30, db_index=True)
)";
  const std::string after = R"(
class Page(models.Model):
    slug = models.TextField(db_index=True)
)";
  const auto plan = plan_migration(models(before), models(after));
  CHECK(described(plan) == lines{"AlterField shop.Page.slug"});
  const auto pg = plan.statements(dialect_id::postgresql);
  // Django creates a text_pattern_ops twin only with a new index or UNIQUE, not here.
  REQUIRE(pg.size() == 4);
  CHECK(pg[1].starts_with(R"(DROP INDEX IF EXISTS "shop_page_slug_)"));
  CHECK(pg[1].ends_with(R"(_like")"));
  CHECK(pg[2] == R"(ALTER TABLE "shop_page" ALTER COLUMN "slug" TYPE text USING "slug"::text)");
  CHECK(pg[3] == "COMMIT");
}

TEST_CASE("MariaDB drops and re-adds a foreign key around its column's change",
          "[migrate][mysql]") {
  const std::string after = R"(
class Category(models.Model):
    name = models.CharField(max_length=40)

class Product(models.Model):
    name = models.CharField(max_length=50)
    category = models.ForeignKey(Category, on_delete=models.CASCADE, null=True)
)";
  const auto plan = plan_migration(models(base), models(after));
  const auto my = plan.statements(dialect_id::mysql);
  REQUIRE(my.size() == 3);
  CHECK(
      my[0].starts_with("ALTER TABLE `shop_product` DROP FOREIGN KEY `shop_product_category_id_"));
  CHECK(my[1] == "ALTER TABLE `shop_product` MODIFY `category_id` integer NULL");
  CHECK(my[2].starts_with("ALTER TABLE `shop_product` ADD CONSTRAINT `shop_product_category_id_"));
  CHECK(my[2].ends_with("FOREIGN KEY (`category_id`) REFERENCES `shop_category` (`id`)"));
}

TEST_CASE("a column made NOT NULL takes its default in its NULLs first", "[migrate]") {
  const std::string before = R"(
class Item(models.Model):
    qty = models.IntegerField(null=True)
)";
  const std::string after = R"(
class Item(models.Model):
    qty = models.IntegerField()
)";
  CHECK_THROWS_AS(plan_migration(models(before), models(after)), error);
  const auto plan =
      plan_migration(models(before), models(after), {.defaults = {"shop.Item.qty=0"}});
  CHECK(plan.statements(dialect_id::postgresql) ==
        lines{"BEGIN", R"(ALTER TABLE "shop_item" ALTER COLUMN "qty" SET DEFAULT 0)",
              R"(UPDATE "shop_item" SET "qty" = 0 WHERE "qty" IS NULL)",
              R"(ALTER TABLE "shop_item" ALTER COLUMN "qty" SET NOT NULL)",
              R"(ALTER TABLE "shop_item" ALTER COLUMN "qty" DROP DEFAULT)", "COMMIT"});
  const auto lite = plan.statements(dialect_id::sqlite);
  REQUIRE(lite.size() == 6);
  CHECK(
      lite[1] ==
      R"(CREATE TABLE "new__shop_item" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "qty" integer NOT NULL))");
  CHECK(
      lite[2] ==
      R"(INSERT INTO "new__shop_item" ("id", "qty") SELECT "id", coalesce("qty", 0) FROM "shop_item")");
  CHECK(lite[3] == R"(DROP TABLE "shop_item")");
  CHECK(lite[4] == R"(ALTER TABLE "new__shop_item" RENAME TO "shop_item")");
}

TEST_CASE("Meta changes: indexes, constraints, unique_together", "[migrate]") {
  const std::string before = R"(
class Item(models.Model):
    a = models.IntegerField()
    b = models.IntegerField()
)";
  const std::string after = R"(
class Item(models.Model):
    a = models.IntegerField()
    b = models.IntegerField()

    class Meta:
        unique_together = [('a', 'b')]
        indexes = [models.Index(fields=['b'], name='item_b_idx')]
        constraints = [models.CheckConstraint(check=models.Q(a__gte=0), name='a_positive')]
)";
  const auto plan = plan_migration(models(before), models(after));
  CHECK(described(plan) == lines{"AlterUniqueTogether shop.Item", "AddIndex shop.Item.item_b_idx",
                                 "AddConstraint shop.Item.a_positive"});
  const auto pg = plan.statements(dialect_id::postgresql);
  REQUIRE(pg.size() == 5);
  CHECK(pg[1].starts_with(R"(ALTER TABLE "shop_item" ADD CONSTRAINT "shop_item_a_b_)"));
  CHECK(pg[2] == R"(CREATE INDEX "item_b_idx" ON "shop_item" ("b"))");
  CHECK(pg[3] == R"(ALTER TABLE "shop_item" ADD CONSTRAINT "a_positive" CHECK ("a" >= 0))");
  const auto back = plan_migration(models(after), models(before));
  CHECK(described(back) == lines{"RemoveConstraint shop.Item.a_positive",
                                 "RemoveIndex shop.Item.item_b_idx",
                                 "AlterUniqueTogether shop.Item"});
  const auto my = back.statements(dialect_id::mysql);
  REQUIRE(my.size() == 3);
  CHECK(my[0] == "ALTER TABLE `shop_item` DROP CONSTRAINT `a_positive`");
  CHECK(my[1] == "DROP INDEX `item_b_idx` ON `shop_item`");
  CHECK(my[2].starts_with("ALTER TABLE `shop_item` DROP INDEX `shop_item_a_b_"));
}
