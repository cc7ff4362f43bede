[sqlite]
BEGIN

CREATE TABLE "new__shop_product" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "section_id" integer NOT NULL REFERENCES "shop_category" ("id") DEFERRABLE INITIALLY DEFERRED, "name" varchar(50) NOT NULL, "price" decimal NULL)

INSERT INTO "new__shop_product" ("id", "name", "price", "section_id") SELECT "id", "name", "price", "category_id" FROM "shop_product"

DROP TABLE "shop_product"

ALTER TABLE "new__shop_product" RENAME TO "shop_product"

CREATE INDEX "shop_product_section_id_f90548fb" ON "shop_product" ("section_id")

COMMIT

[postgresql]
BEGIN

SET CONSTRAINTS "shop_product_category_id_14d7eea8_fk_shop_category_id" IMMEDIATE

ALTER TABLE "shop_product" DROP CONSTRAINT "shop_product_category_id_14d7eea8_fk_shop_category_id"

ALTER TABLE "shop_product" RENAME COLUMN "category_id" TO "section_id"

ALTER TABLE "shop_product" ADD CONSTRAINT "shop_product_section_id_f90548fb_fk_shop_category_id" FOREIGN KEY ("section_id") REFERENCES "shop_category" ("id") DEFERRABLE INITIALLY DEFERRED

COMMIT

[mysql]
ALTER TABLE `shop_product` DROP FOREIGN KEY `shop_product_category_id_14d7eea8_fk_shop_category_id`

ALTER TABLE `shop_product` RENAME COLUMN `category_id` TO `section_id`

ALTER TABLE `shop_product` ADD CONSTRAINT `shop_product_section_id_f90548fb_fk_shop_category_id` FOREIGN KEY (`section_id`) REFERENCES `shop_category` (`id`)

[oracle]
ALTER TABLE "SHOP_PRODUCT" DROP CONSTRAINT "SHOP_PROD_CATEGORY__14D7EEA8_F"

ALTER TABLE "SHOP_PRODUCT" RENAME COLUMN "CATEGORY_ID" TO "SECTION_ID"

ALTER TABLE "SHOP_PRODUCT" ADD CONSTRAINT "SHOP_PROD_SECTION_I_F90548FB_F" FOREIGN KEY ("SECTION_ID") REFERENCES "SHOP_CATEGORY" ("ID") DEFERRABLE INITIALLY DEFERRED
