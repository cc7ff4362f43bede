[sqlite]
BEGIN

CREATE TABLE "new__shop_product" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(50) NOT NULL, "price" decimal NULL, "category_id" integer NOT NULL REFERENCES "shop_category" ("id") DEFERRABLE INITIALLY DEFERRED)

INSERT INTO "new__shop_product" ("id", "name", "price", "category_id") SELECT "id", "name", "price", "category_id" FROM "shop_product"

DROP TABLE "shop_product"

ALTER TABLE "new__shop_product" RENAME TO "shop_product"

CREATE UNIQUE INDEX "shop_product_name_category_id_64ddf8c2_uniq" ON "shop_product" ("name", "category_id")

CREATE UNIQUE INDEX "product_unpriced_name" ON "shop_product" ("name") WHERE "price" IS NULL

CREATE INDEX "shop_product_category_id_14d7eea8" ON "shop_product" ("category_id")

CREATE INDEX "shop_product_price_name_7d16e9db_idx" ON "shop_product" ("price", "name")

CREATE INDEX "product_price_desc" ON "shop_product" ("price" DESC)

CREATE INDEX "product_pricey" ON "shop_product" ("name") WHERE "price" >= '1000'

DROP INDEX "product_unpriced_name"

DROP INDEX "product_price_desc"

DROP INDEX "product_pricey"

DROP INDEX "shop_product_name_category_id_64ddf8c2_uniq"

DROP INDEX "shop_product_price_name_7d16e9db_idx"

COMMIT

[postgresql]
BEGIN

ALTER TABLE "shop_product" DROP CONSTRAINT "product_sane"

DROP INDEX IF EXISTS "product_unpriced_name"

DROP INDEX IF EXISTS "product_price_desc"

DROP INDEX IF EXISTS "product_pricey"

ALTER TABLE "shop_product" DROP CONSTRAINT "shop_product_name_category_id_64ddf8c2_uniq"

DROP INDEX IF EXISTS "shop_product_price_name_7d16e9db_idx"

COMMIT

[mysql]
ALTER TABLE `shop_product` DROP CONSTRAINT `product_sane`

DROP INDEX `product_price_desc` ON `shop_product`

DROP INDEX `product_pricey` ON `shop_product`

ALTER TABLE `shop_product` DROP INDEX `shop_product_name_category_id_64ddf8c2_uniq`

DROP INDEX `shop_product_price_name_7d16e9db_idx` ON `shop_product`

[oracle]
ALTER TABLE "SHOP_PRODUCT" DROP CONSTRAINT "PRODUCT_SANE"

DROP INDEX "PRODUCT_PRICE_DESC"

DROP INDEX "PRODUCT_PRICEY"

ALTER TABLE "SHOP_PRODUCT" DROP CONSTRAINT "SHOP_PROD_NAME_CATE_64DDF8C2_U"

DROP INDEX "SHOP_PROD_PRICE_NAM_7D16E9DB_I"
