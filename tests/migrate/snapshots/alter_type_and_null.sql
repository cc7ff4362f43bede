[sqlite]
BEGIN

CREATE TABLE "new__shop_product" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(80) NULL, "qty" integer NULL)

INSERT INTO "new__shop_product" ("id", "qty", "name") SELECT "id", "qty", "name" FROM "shop_product"

DROP TABLE "shop_product"

ALTER TABLE "new__shop_product" RENAME TO "shop_product"

CREATE TABLE "new__shop_product" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(80) NULL, "qty" bigint NOT NULL)

INSERT INTO "new__shop_product" ("id", "name", "qty") SELECT "id", "name", coalesce("qty", 0) FROM "shop_product"

DROP TABLE "shop_product"

ALTER TABLE "new__shop_product" RENAME TO "shop_product"

COMMIT

[postgresql]
BEGIN

ALTER TABLE "shop_product" ALTER COLUMN "name" TYPE varchar(80), ALTER COLUMN "name" DROP NOT NULL

ALTER TABLE "shop_product" ALTER COLUMN "qty" TYPE bigint USING "qty"::bigint, ALTER COLUMN "qty" SET DEFAULT 0

UPDATE "shop_product" SET "qty" = 0 WHERE "qty" IS NULL

ALTER TABLE "shop_product" ALTER COLUMN "qty" SET NOT NULL

ALTER TABLE "shop_product" ALTER COLUMN "qty" DROP DEFAULT

COMMIT

[mysql]
ALTER TABLE `shop_product` MODIFY `name` varchar(80) NOT NULL

ALTER TABLE `shop_product` MODIFY `name` varchar(80) NULL

ALTER TABLE `shop_product` MODIFY `qty` bigint NULL

ALTER TABLE `shop_product` ALTER COLUMN `qty` SET DEFAULT 0

UPDATE `shop_product` SET `qty` = 0 WHERE `qty` IS NULL

ALTER TABLE `shop_product` MODIFY `qty` bigint NOT NULL

ALTER TABLE `shop_product` ALTER COLUMN `qty` DROP DEFAULT

[oracle]
ALTER TABLE "SHOP_PRODUCT" MODIFY "NAME" NVARCHAR2(80)

ALTER TABLE "SHOP_PRODUCT" MODIFY "NAME" NULL

ALTER TABLE "SHOP_PRODUCT" MODIFY "QTY" NUMBER(19)

ALTER TABLE "SHOP_PRODUCT" MODIFY "QTY" DEFAULT 0

UPDATE "SHOP_PRODUCT" SET "QTY" = 0 WHERE "QTY" IS NULL

ALTER TABLE "SHOP_PRODUCT" MODIFY "QTY" NOT NULL

ALTER TABLE "SHOP_PRODUCT" MODIFY "QTY" DEFAULT NULL
