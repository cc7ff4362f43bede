[sqlite]
BEGIN

CREATE TABLE "new__shop_product" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "active" bool NOT NULL, "name" varchar(50) NOT NULL, "price" decimal NULL, "category_id" integer NOT NULL REFERENCES "shop_category" ("id") DEFERRABLE INITIALLY DEFERRED)

INSERT INTO "new__shop_product" ("id", "name", "price", "category_id", "active") SELECT "id", "name", "price", "category_id", 1 FROM "shop_product"

DROP TABLE "shop_product"

ALTER TABLE "new__shop_product" RENAME TO "shop_product"

CREATE INDEX "shop_product_category_id_14d7eea8" ON "shop_product" ("category_id")

CREATE TABLE "new__shop_product" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(50) NOT NULL, "price" decimal NULL, "category_id" integer NOT NULL REFERENCES "shop_category" ("id") DEFERRABLE INITIALLY DEFERRED, "active" bool NOT NULL, "code" varchar(5) NULL)

INSERT INTO "new__shop_product" ("id", "name", "price", "category_id", "active", "code") SELECT "id", "name", "price", "category_id", "active", NULL FROM "shop_product"

DROP TABLE "shop_product"

ALTER TABLE "new__shop_product" RENAME TO "shop_product"

CREATE INDEX "shop_product_category_id_14d7eea8" ON "shop_product" ("category_id")

CREATE TABLE "new__shop_product" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(50) NOT NULL, "price" decimal NULL, "category_id" integer NOT NULL REFERENCES "shop_category" ("id") DEFERRABLE INITIALLY DEFERRED, "active" bool NOT NULL, "code" varchar(5) NULL, "note" text NOT NULL)

INSERT INTO "new__shop_product" ("id", "name", "price", "category_id", "active", "code", "note") SELECT "id", "name", "price", "category_id", "active", "code", '' FROM "shop_product"

DROP TABLE "shop_product"

ALTER TABLE "new__shop_product" RENAME TO "shop_product"

CREATE INDEX "shop_product_category_id_14d7eea8" ON "shop_product" ("category_id")

CREATE TABLE "new__shop_product" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(50) NOT NULL, "price" decimal NULL, "category_id" integer NOT NULL REFERENCES "shop_category" ("id") DEFERRABLE INITIALLY DEFERRED, "active" bool NOT NULL, "code" varchar(5) NULL, "note" text NOT NULL, "stock" integer NOT NULL)

INSERT INTO "new__shop_product" ("id", "name", "price", "category_id", "active", "code", "note", "stock") SELECT "id", "name", "price", "category_id", "active", "code", "note", 7 FROM "shop_product"

DROP TABLE "shop_product"

ALTER TABLE "new__shop_product" RENAME TO "shop_product"

CREATE INDEX "shop_product_category_id_14d7eea8" ON "shop_product" ("category_id")

COMMIT

[postgresql]
BEGIN

ALTER TABLE "shop_product" ADD COLUMN "active" boolean DEFAULT true NOT NULL

ALTER TABLE "shop_product" ALTER COLUMN "active" DROP DEFAULT

ALTER TABLE "shop_product" ADD COLUMN "code" varchar(5) NULL

ALTER TABLE "shop_product" ADD COLUMN "note" text DEFAULT '' NOT NULL

ALTER TABLE "shop_product" ALTER COLUMN "note" DROP DEFAULT

ALTER TABLE "shop_product" ADD COLUMN "stock" integer DEFAULT 7 NOT NULL

ALTER TABLE "shop_product" ALTER COLUMN "stock" DROP DEFAULT

COMMIT

[mysql]
ALTER TABLE `shop_product` ADD COLUMN `active` bool DEFAULT b'1' NOT NULL

ALTER TABLE `shop_product` ALTER COLUMN `active` DROP DEFAULT

ALTER TABLE `shop_product` ADD COLUMN `code` varchar(5) NULL

ALTER TABLE `shop_product` ADD COLUMN `note` longtext DEFAULT '' NOT NULL

ALTER TABLE `shop_product` ALTER COLUMN `note` DROP DEFAULT

ALTER TABLE `shop_product` ADD COLUMN `stock` integer DEFAULT 7 NOT NULL

ALTER TABLE `shop_product` ALTER COLUMN `stock` DROP DEFAULT

[oracle]
ALTER TABLE "SHOP_PRODUCT" ADD "ACTIVE" NUMBER(1) DEFAULT 1 NOT NULL CHECK ("ACTIVE" IN (0,1))

ALTER TABLE "SHOP_PRODUCT" MODIFY "ACTIVE" DEFAULT NULL

ALTER TABLE "SHOP_PRODUCT" ADD "CODE" NVARCHAR2(5) NULL

ALTER TABLE "SHOP_PRODUCT" ADD "NOTE" NCLOB DEFAULT '' NULL

ALTER TABLE "SHOP_PRODUCT" MODIFY "NOTE" DEFAULT NULL

ALTER TABLE "SHOP_PRODUCT" ADD "STOCK" NUMBER(11) DEFAULT 7 NOT NULL

ALTER TABLE "SHOP_PRODUCT" MODIFY "STOCK" DEFAULT NULL
