[sqlite]
BEGIN

CREATE TABLE "new__shop_product" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "price" decimal NOT NULL, "name" varchar(50) NOT NULL, "category_id" integer NOT NULL REFERENCES "shop_category" ("id") DEFERRABLE INITIALLY DEFERRED)

INSERT INTO "new__shop_product" ("id", "name", "category_id", "price") SELECT "id", "name", "category_id", coalesce("price", '0.50') FROM "shop_product"

DROP TABLE "shop_product"

ALTER TABLE "new__shop_product" RENAME TO "shop_product"

CREATE INDEX "shop_product_category_id_14d7eea8" ON "shop_product" ("category_id")

COMMIT

[postgresql]
BEGIN

ALTER TABLE "shop_product" ALTER COLUMN "price" SET DEFAULT 0.50

UPDATE "shop_product" SET "price" = 0.50 WHERE "price" IS NULL

ALTER TABLE "shop_product" ALTER COLUMN "price" SET NOT NULL

ALTER TABLE "shop_product" ALTER COLUMN "price" DROP DEFAULT

COMMIT

[mysql]
ALTER TABLE `shop_product` ALTER COLUMN `price` SET DEFAULT 0.50

UPDATE `shop_product` SET `price` = 0.50 WHERE `price` IS NULL

ALTER TABLE `shop_product` MODIFY `price` numeric(8, 2) NOT NULL

ALTER TABLE `shop_product` ALTER COLUMN `price` DROP DEFAULT

[oracle]
ALTER TABLE "SHOP_PRODUCT" MODIFY "PRICE" DEFAULT 0.50

UPDATE "SHOP_PRODUCT" SET "PRICE" = 0.50 WHERE "PRICE" IS NULL

ALTER TABLE "SHOP_PRODUCT" MODIFY "PRICE" NOT NULL

ALTER TABLE "SHOP_PRODUCT" MODIFY "PRICE" DEFAULT NULL
