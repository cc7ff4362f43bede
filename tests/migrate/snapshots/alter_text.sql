[sqlite]
BEGIN

CREATE TABLE "new__shop_product" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" text NOT NULL, "price" decimal NULL, "category_id" integer NOT NULL REFERENCES "shop_category" ("id") DEFERRABLE INITIALLY DEFERRED)

INSERT INTO "new__shop_product" ("id", "price", "category_id", "name") SELECT "id", "price", "category_id", "name" FROM "shop_product"

DROP TABLE "shop_product"

ALTER TABLE "new__shop_product" RENAME TO "shop_product"

CREATE INDEX "shop_product_name_b8d5e94c" ON "shop_product" ("name")

CREATE INDEX "shop_product_category_id_14d7eea8" ON "shop_product" ("category_id")

COMMIT

[postgresql]
BEGIN

ALTER TABLE "shop_product" ALTER COLUMN "name" TYPE text USING "name"::text

CREATE INDEX "shop_product_name_b8d5e94c" ON "shop_product" ("name")

CREATE INDEX "shop_product_name_b8d5e94c_like" ON "shop_product" ("name" text_pattern_ops)

COMMIT

[mysql]
ALTER TABLE `shop_product` MODIFY `name` longtext NOT NULL

[oracle]
error[unsupported]: oracle does not support changing Product.name from NVARCHAR2(50) to NCLOB (Django copies through a new column)
