[sqlite]
BEGIN

CREATE TABLE "new__shop_product" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "category_id" integer NOT NULL REFERENCES "shop_category" ("id") DEFERRABLE INITIALLY DEFERRED, "name" varchar(50) NOT NULL)

INSERT INTO "new__shop_product" ("id", "name", "category_id") SELECT "id", "name", "category_id" FROM "shop_product"

DROP TABLE "shop_product"

ALTER TABLE "new__shop_product" RENAME TO "shop_product"

COMMIT

[postgresql]
BEGIN

SET CONSTRAINTS "shop_product_category_id_14d7eea8_fk_shop_category_id" IMMEDIATE

ALTER TABLE "shop_product" DROP CONSTRAINT "shop_product_category_id_14d7eea8_fk_shop_category_id"

DROP INDEX IF EXISTS "shop_product_category_id_14d7eea8"

ALTER TABLE "shop_product" ADD CONSTRAINT "shop_product_category_id_14d7eea8_fk_shop_category_id" FOREIGN KEY ("category_id") REFERENCES "shop_category" ("id") DEFERRABLE INITIALLY DEFERRED

COMMIT

[mysql]
ALTER TABLE `shop_product` DROP FOREIGN KEY `shop_product_category_id_14d7eea8_fk_shop_category_id`

DROP INDEX `shop_product_category_id_14d7eea8_fk_shop_category_id` ON `shop_product`

ALTER TABLE `shop_product` ADD CONSTRAINT `shop_product_category_id_14d7eea8_fk_shop_category_id` FOREIGN KEY (`category_id`) REFERENCES `shop_category` (`id`)

[oracle]
ALTER TABLE "SHOP_PRODUCT" DROP CONSTRAINT "SHOP_PROD_CATEGORY__14D7EEA8_F"

DROP INDEX "SHOP_PRODU_CATEGORY_I_14D7EEA8"

ALTER TABLE "SHOP_PRODUCT" ADD CONSTRAINT "SHOP_PROD_CATEGORY__14D7EEA8_F" FOREIGN KEY ("CATEGORY_ID") REFERENCES "SHOP_CATEGORY" ("ID") DEFERRABLE INITIALLY DEFERRED
