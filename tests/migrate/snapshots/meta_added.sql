[sqlite]
BEGIN

CREATE UNIQUE INDEX "shop_product_name_category_id_64ddf8c2_uniq" ON "shop_product" ("name", "category_id")

CREATE INDEX "shop_product_price_name_7d16e9db_idx" ON "shop_product" ("price", "name")

CREATE INDEX "product_price_desc" ON "shop_product" ("price" DESC)

CREATE INDEX "product_pricey" ON "shop_product" ("name") WHERE "price" >= '1000'

CREATE TABLE "new__shop_product" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(50) NOT NULL, "price" decimal NULL, "category_id" integer NOT NULL REFERENCES "shop_category" ("id") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "product_sane" CHECK (("price" >= '0' AND NOT ("name" = ''))))

INSERT INTO "new__shop_product" ("id", "name", "price", "category_id") SELECT "id", "name", "price", "category_id" FROM "shop_product"

DROP TABLE "shop_product"

ALTER TABLE "new__shop_product" RENAME TO "shop_product"

CREATE UNIQUE INDEX "shop_product_name_category_id_64ddf8c2_uniq" ON "shop_product" ("name", "category_id")

CREATE INDEX "shop_product_category_id_14d7eea8" ON "shop_product" ("category_id")

CREATE INDEX "shop_product_price_name_7d16e9db_idx" ON "shop_product" ("price", "name")

CREATE INDEX "product_price_desc" ON "shop_product" ("price" DESC)

CREATE INDEX "product_pricey" ON "shop_product" ("name") WHERE "price" >= '1000'

CREATE UNIQUE INDEX "product_unpriced_name" ON "shop_product" ("name") WHERE "price" IS NULL

COMMIT

[postgresql]
BEGIN

ALTER TABLE "shop_product" ADD CONSTRAINT "shop_product_name_category_id_64ddf8c2_uniq" UNIQUE ("name", "category_id")

CREATE INDEX "shop_product_price_name_7d16e9db_idx" ON "shop_product" ("price", "name")

CREATE INDEX "product_price_desc" ON "shop_product" ("price" DESC)

CREATE INDEX "product_pricey" ON "shop_product" ("name") WHERE "price" >= 1000

ALTER TABLE "shop_product" ADD CONSTRAINT "product_sane" CHECK (("price" >= 0 AND NOT ("name" = '')))

CREATE UNIQUE INDEX "product_unpriced_name" ON "shop_product" ("name") WHERE "price" IS NULL

COMMIT

[mysql]
ALTER TABLE `shop_product` ADD CONSTRAINT `shop_product_name_category_id_64ddf8c2_uniq` UNIQUE (`name`, `category_id`)

CREATE INDEX `shop_product_price_name_7d16e9db_idx` ON `shop_product` (`price`, `name`)

CREATE INDEX `product_price_desc` ON `shop_product` (`price` DESC)

CREATE INDEX `product_pricey` ON `shop_product` (`name`)

ALTER TABLE `shop_product` ADD CONSTRAINT `product_sane` CHECK ((`price` >= 0 AND NOT (`name` = '')))

[oracle]
ALTER TABLE "SHOP_PRODUCT" ADD CONSTRAINT "SHOP_PROD_NAME_CATE_64DDF8C2_U" UNIQUE ("NAME", "CATEGORY_ID")

CREATE INDEX "SHOP_PROD_PRICE_NAM_7D16E9DB_I" ON "SHOP_PRODUCT" ("PRICE", "NAME")

CREATE INDEX "PRODUCT_PRICE_DESC" ON "SHOP_PRODUCT" ("PRICE" DESC)

CREATE INDEX "PRODUCT_PRICEY" ON "SHOP_PRODUCT" ("NAME")

ALTER TABLE "SHOP_PRODUCT" ADD CONSTRAINT "PRODUCT_SANE" CHECK (("PRICE" >= 0 AND NOT ("NAME" IS NULL)))
