[sqlite]
BEGIN

ALTER TABLE "shop_category" RENAME TO "shop_section"

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
