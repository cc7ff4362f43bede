[sqlite]
BEGIN

CREATE TABLE "new__shop_product" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(120) NOT NULL, "price" decimal NULL, "category_id" integer NOT NULL REFERENCES "shop_category" ("id") DEFERRABLE INITIALLY DEFERRED)

INSERT INTO "new__shop_product" ("id", "price", "category_id", "name") SELECT "id", "price", "category_id", "name" FROM "shop_product"

DROP TABLE "shop_product"

ALTER TABLE "new__shop_product" RENAME TO "shop_product"

CREATE INDEX "shop_product_category_id_14d7eea8" ON "shop_product" ("category_id")

COMMIT

[postgresql]
BEGIN

ALTER TABLE "shop_product" ALTER COLUMN "name" TYPE varchar(120)

ALTER TABLE "shop_product" ALTER COLUMN "price" TYPE numeric(12, 2)

COMMIT

[mysql]
ALTER TABLE `shop_product` MODIFY `name` varchar(120) NOT NULL

ALTER TABLE `shop_product` MODIFY `price` numeric(12, 2) NULL

[oracle]
ALTER TABLE "SHOP_PRODUCT" MODIFY "NAME" NVARCHAR2(120)

ALTER TABLE "SHOP_PRODUCT" MODIFY "PRICE" NUMBER(12, 2)
