[sqlite]
BEGIN

CREATE TABLE "new__shop_country" ("code" varchar(8) NOT NULL PRIMARY KEY, "name" varchar(60) NOT NULL)

INSERT INTO "new__shop_country" ("name", "code") SELECT "name", "code" FROM "shop_country"

DROP TABLE "shop_country"

ALTER TABLE "new__shop_country" RENAME TO "shop_country"

CREATE TABLE "new__shop_city" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(60) NOT NULL, "country_id" varchar(8) NOT NULL REFERENCES "shop_country" ("code") DEFERRABLE INITIALLY DEFERRED, "visited_id" varchar(8) NULL REFERENCES "shop_country" ("code") DEFERRABLE INITIALLY DEFERRED)

INSERT INTO "new__shop_city" ("id", "name", "country_id", "visited_id") SELECT "id", "name", "country_id", "visited_id" FROM "shop_city"

DROP TABLE "shop_city"

ALTER TABLE "new__shop_city" RENAME TO "shop_city"

CREATE INDEX "shop_city_country_id_4b736efb" ON "shop_city" ("country_id")

CREATE INDEX "shop_city_visited_id_d07f4106" ON "shop_city" ("visited_id")

COMMIT

[postgresql]
BEGIN

SET CONSTRAINTS "shop_city_country_id_4b736efb_fk_shop_country_code" IMMEDIATE

ALTER TABLE "shop_city" DROP CONSTRAINT "shop_city_country_id_4b736efb_fk_shop_country_code"

SET CONSTRAINTS "shop_city_visited_id_d07f4106_fk_shop_country_code" IMMEDIATE

ALTER TABLE "shop_city" DROP CONSTRAINT "shop_city_visited_id_d07f4106_fk_shop_country_code"

ALTER TABLE "shop_country" ALTER COLUMN "code" TYPE varchar(8)

ALTER TABLE "shop_city" ALTER COLUMN "country_id" TYPE varchar(8) USING "country_id"::varchar(8)

ALTER TABLE "shop_city" ALTER COLUMN "visited_id" TYPE varchar(8) USING "visited_id"::varchar(8)

ALTER TABLE "shop_city" ADD CONSTRAINT "shop_city_country_id_4b736efb_fk" FOREIGN KEY ("country_id") REFERENCES "shop_country" ("code") DEFERRABLE INITIALLY DEFERRED

ALTER TABLE "shop_city" ADD CONSTRAINT "shop_city_visited_id_d07f4106_fk" FOREIGN KEY ("visited_id") REFERENCES "shop_country" ("code") DEFERRABLE INITIALLY DEFERRED

COMMIT

[mysql]
ALTER TABLE `shop_city` DROP FOREIGN KEY `shop_city_country_id_4b736efb_fk_shop_country_code`

ALTER TABLE `shop_city` DROP FOREIGN KEY `shop_city_visited_id_d07f4106_fk_shop_country_code`

ALTER TABLE `shop_country` MODIFY `code` varchar(8) NOT NULL

ALTER TABLE `shop_city` MODIFY `country_id` varchar(8) NOT NULL

ALTER TABLE `shop_city` MODIFY `visited_id` varchar(8) NULL

ALTER TABLE `shop_city` ADD CONSTRAINT `shop_city_country_id_4b736efb_fk` FOREIGN KEY (`country_id`) REFERENCES `shop_country` (`code`)

ALTER TABLE `shop_city` ADD CONSTRAINT `shop_city_visited_id_d07f4106_fk` FOREIGN KEY (`visited_id`) REFERENCES `shop_country` (`code`)

[oracle]
ALTER TABLE "SHOP_CITY" DROP CONSTRAINT "SHOP_CITY_COUNTRY_I_4B736EFB_F"

ALTER TABLE "SHOP_CITY" DROP CONSTRAINT "SHOP_CITY_VISITED_I_D07F4106_F"

ALTER TABLE "SHOP_COUNTRY" MODIFY "CODE" NVARCHAR2(8)

ALTER TABLE "SHOP_CITY" MODIFY "COUNTRY_ID" NVARCHAR2(8)

ALTER TABLE "SHOP_CITY" MODIFY "VISITED_ID" NVARCHAR2(8)

ALTER TABLE "SHOP_CITY" ADD CONSTRAINT "SHOP_CITY_COUNTRY_I_4B736EFB_F" FOREIGN KEY ("COUNTRY_ID") REFERENCES "SHOP_COUNTRY" ("CODE") DEFERRABLE INITIALLY DEFERRED

ALTER TABLE "SHOP_CITY" ADD CONSTRAINT "SHOP_CITY_VISITED_I_D07F4106_F" FOREIGN KEY ("VISITED_ID") REFERENCES "SHOP_COUNTRY" ("CODE") DEFERRABLE INITIALLY DEFERRED
