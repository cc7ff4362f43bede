[sqlite]
BEGIN

CREATE TABLE "new__shop_product" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "brand_id" integer NULL REFERENCES "shop_brand" ("id") DEFERRABLE INITIALLY DEFERRED, "name" varchar(50) NOT NULL, "price" decimal NULL, "category_id" integer NOT NULL REFERENCES "shop_category" ("id") DEFERRABLE INITIALLY DEFERRED)

INSERT INTO "new__shop_product" ("id", "name", "price", "category_id", "brand_id") SELECT "id", "name", "price", "category_id", NULL FROM "shop_product"

DROP TABLE "shop_product"

ALTER TABLE "new__shop_product" RENAME TO "shop_product"

CREATE INDEX "shop_product_brand_id_505fec11" ON "shop_product" ("brand_id")

CREATE INDEX "shop_product_category_id_14d7eea8" ON "shop_product" ("category_id")

CREATE TABLE "new__shop_product" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(50) NOT NULL, "price" decimal NULL, "brand_id" integer NULL REFERENCES "shop_brand" ("id") DEFERRABLE INITIALLY DEFERRED, "category_id" integer NULL REFERENCES "shop_category" ("id") DEFERRABLE INITIALLY DEFERRED)

INSERT INTO "new__shop_product" ("id", "name", "price", "brand_id", "category_id") SELECT "id", "name", "price", "brand_id", "category_id" FROM "shop_product"

DROP TABLE "shop_product"

ALTER TABLE "new__shop_product" RENAME TO "shop_product"

CREATE INDEX "shop_product_brand_id_505fec11" ON "shop_product" ("brand_id")

CREATE INDEX "shop_product_category_id_14d7eea8" ON "shop_product" ("category_id")

COMMIT

[postgresql]
BEGIN

ALTER TABLE "shop_product" ADD COLUMN "brand_id" integer NULL CONSTRAINT "shop_product_brand_id_505fec11_fk_shop_brand_id" REFERENCES "shop_brand"("id") DEFERRABLE INITIALLY DEFERRED

SET CONSTRAINTS "shop_product_brand_id_505fec11_fk_shop_brand_id" IMMEDIATE

SET CONSTRAINTS "shop_product_category_id_14d7eea8_fk_shop_category_id" IMMEDIATE

ALTER TABLE "shop_product" DROP CONSTRAINT "shop_product_category_id_14d7eea8_fk_shop_category_id"

ALTER TABLE "shop_product" ALTER COLUMN "category_id" DROP NOT NULL

ALTER TABLE "shop_product" ADD CONSTRAINT "shop_product_category_id_14d7eea8_fk_shop_category_id" FOREIGN KEY ("category_id") REFERENCES "shop_category" ("id") DEFERRABLE INITIALLY DEFERRED

CREATE INDEX "shop_product_brand_id_505fec11" ON "shop_product" ("brand_id")

COMMIT

[mysql]
ALTER TABLE `shop_product` ADD COLUMN `brand_id` integer NULL , ADD CONSTRAINT `shop_product_brand_id_505fec11_fk_shop_brand_id` FOREIGN KEY (`brand_id`) REFERENCES `shop_brand`(`id`)

ALTER TABLE `shop_product` DROP FOREIGN KEY `shop_product_category_id_14d7eea8_fk_shop_category_id`

ALTER TABLE `shop_product` MODIFY `category_id` integer NULL

ALTER TABLE `shop_product` ADD CONSTRAINT `shop_product_category_id_14d7eea8_fk_shop_category_id` FOREIGN KEY (`category_id`) REFERENCES `shop_category` (`id`)

[oracle]
ALTER TABLE "SHOP_PRODUCT" ADD "BRAND_ID" NUMBER(11) NULL CONSTRAINT "SHOP_PROD_BRAND_ID_505FEC11_F" REFERENCES "SHOP_BRAND"("ID") DEFERRABLE INITIALLY DEFERRED

ALTER TABLE "SHOP_PRODUCT" DROP CONSTRAINT "SHOP_PROD_CATEGORY__14D7EEA8_F"

ALTER TABLE "SHOP_PRODUCT" MODIFY "CATEGORY_ID" NULL

ALTER TABLE "SHOP_PRODUCT" ADD CONSTRAINT "SHOP_PROD_CATEGORY__14D7EEA8_F" FOREIGN KEY ("CATEGORY_ID") REFERENCES "SHOP_CATEGORY" ("ID") DEFERRABLE INITIALLY DEFERRED

CREATE INDEX "SHOP_PRODUCT_BRAND_ID_505FEC11" ON "SHOP_PRODUCT" ("BRAND_ID")
