[sqlite]
BEGIN

CREATE TABLE "new__shop_category" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(40) NOT NULL)

INSERT INTO "new__shop_category" ("id", "name") SELECT "id", "name" FROM "shop_category"

DROP TABLE "shop_category"

ALTER TABLE "new__shop_category" RENAME TO "shop_category"

CREATE INDEX "shop_category_name_11b68823" ON "shop_category" ("name")

CREATE TABLE "new__shop_product" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "price" decimal NULL, "category_id" integer NOT NULL REFERENCES "shop_category" ("id") DEFERRABLE INITIALLY DEFERRED, "name" varchar(50) NOT NULL UNIQUE)

INSERT INTO "new__shop_product" ("id", "price", "category_id", "name") SELECT "id", "price", "category_id", "name" FROM "shop_product"

DROP TABLE "shop_product"

ALTER TABLE "new__shop_product" RENAME TO "shop_product"

CREATE INDEX "shop_product_category_id_14d7eea8" ON "shop_product" ("category_id")

COMMIT

[postgresql]
BEGIN

CREATE INDEX "shop_category_name_11b68823" ON "shop_category" ("name")

CREATE INDEX "shop_category_name_11b68823_like" ON "shop_category" ("name" varchar_pattern_ops)

ALTER TABLE "shop_product" ADD CONSTRAINT "shop_product_name_b8d5e94c_uniq" UNIQUE ("name")

CREATE INDEX "shop_product_name_b8d5e94c_like" ON "shop_product" ("name" varchar_pattern_ops)

COMMIT

[mysql]
CREATE INDEX `shop_category_name_11b68823` ON `shop_category` (`name`)

ALTER TABLE `shop_product` ADD CONSTRAINT `shop_product_name_b8d5e94c_uniq` UNIQUE (`name`)

[oracle]
CREATE INDEX "SHOP_CATEGORY_NAME_11B68823" ON "SHOP_CATEGORY" ("NAME")

ALTER TABLE "SHOP_PRODUCT" ADD CONSTRAINT "SHOP_PROD_NAME_B8D5E94C_U" UNIQUE ("NAME")
