[sqlite]
BEGIN

CREATE TABLE "new__shop_category" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(40) NOT NULL)

INSERT INTO "new__shop_category" ("id", "name") SELECT "id", "name" FROM "shop_category"

DROP TABLE "shop_category"

ALTER TABLE "new__shop_category" RENAME TO "shop_category"

CREATE TABLE "new__shop_product" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "price" decimal NULL, "category_id" integer NOT NULL REFERENCES "shop_category" ("id") DEFERRABLE INITIALLY DEFERRED, "name" varchar(50) NOT NULL)

INSERT INTO "new__shop_product" ("id", "price", "category_id", "name") SELECT "id", "price", "category_id", "name" FROM "shop_product"

DROP TABLE "shop_product"

ALTER TABLE "new__shop_product" RENAME TO "shop_product"

CREATE INDEX "shop_product_category_id_14d7eea8" ON "shop_product" ("category_id")

COMMIT

[postgresql]
BEGIN

DROP INDEX IF EXISTS "shop_category_name_11b68823"

DROP INDEX IF EXISTS "shop_category_name_11b68823_like"

ALTER TABLE "shop_product" DROP CONSTRAINT "shop_product_name_key"

DROP INDEX IF EXISTS "shop_product_name_b8d5e94c_like"

COMMIT

[mysql]
DROP INDEX `shop_category_name_11b68823` ON `shop_category`

ALTER TABLE `shop_product` DROP INDEX `name`

[oracle]
error[unsupported]: oracle does not support dropping the UNIQUE of Product.name, whose name the database chose
