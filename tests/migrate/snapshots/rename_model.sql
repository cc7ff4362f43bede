[sqlite]
BEGIN

ALTER TABLE "shop_category" RENAME TO "shop_section"

CREATE TABLE "new__shop_product" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "category_id" integer NOT NULL REFERENCES "shop_section" ("id") DEFERRABLE INITIALLY DEFERRED, "name" varchar(50) NOT NULL, "price" decimal NULL)

INSERT INTO "new__shop_product" ("id", "name", "price", "category_id") SELECT "id", "name", "price", "category_id" FROM "shop_product"

DROP TABLE "shop_product"

ALTER TABLE "new__shop_product" RENAME TO "shop_product"

CREATE INDEX "shop_product_category_id_14d7eea8" ON "shop_product" ("category_id")

COMMIT

[postgresql]
BEGIN

ALTER TABLE "shop_category" RENAME TO "shop_section"

SET CONSTRAINTS "shop_product_category_id_14d7eea8_fk_shop_category_id" IMMEDIATE

ALTER TABLE "shop_product" DROP CONSTRAINT "shop_product_category_id_14d7eea8_fk_shop_category_id"

ALTER TABLE "shop_product" ADD CONSTRAINT "shop_product_category_id_14d7eea8_fk_shop_section_id" FOREIGN KEY ("category_id") REFERENCES "shop_section" ("id") DEFERRABLE INITIALLY DEFERRED

COMMIT

[mysql]
RENAME TABLE `shop_category` TO `shop_section`

ALTER TABLE `shop_product` DROP FOREIGN KEY `shop_product_category_id_14d7eea8_fk_shop_category_id`

ALTER TABLE `shop_product` ADD CONSTRAINT `shop_product_category_id_14d7eea8_fk_shop_section_id` FOREIGN KEY (`category_id`) REFERENCES `shop_section` (`id`)

[oracle]
ALTER TABLE "SHOP_CATEGORY" RENAME TO "SHOP_SECTION"

ALTER TABLE "SHOP_PRODUCT" DROP CONSTRAINT "SHOP_PROD_CATEGORY__14D7EEA8_F"

ALTER TABLE "SHOP_PRODUCT" ADD CONSTRAINT "SHOP_PROD_CATEGORY__14D7EEA8_F" FOREIGN KEY ("CATEGORY_ID") REFERENCES "SHOP_SECTION" ("ID") DEFERRABLE INITIALLY DEFERRED
