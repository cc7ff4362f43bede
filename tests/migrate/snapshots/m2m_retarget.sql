[sqlite]
BEGIN

CREATE TABLE "new__shop_product_tags" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "label_id" bigint NOT NULL REFERENCES "shop_label" ("id") DEFERRABLE INITIALLY DEFERRED, "product_id" integer NOT NULL REFERENCES "shop_product" ("id") DEFERRABLE INITIALLY DEFERRED)

INSERT INTO "new__shop_product_tags" ("id", "product_id", "label_id") SELECT "id", "product_id", "tag_id" FROM "shop_product_tags"

DROP TABLE "shop_product_tags"

ALTER TABLE "new__shop_product_tags" RENAME TO "shop_product_tags"

CREATE UNIQUE INDEX "shop_product_tags_product_id_label_id_86b4b4d9_uniq" ON "shop_product_tags" ("product_id", "label_id")

CREATE INDEX "shop_product_tags_label_id_72a3587a" ON "shop_product_tags" ("label_id")

CREATE INDEX "shop_product_tags_product_id_9a158885" ON "shop_product_tags" ("product_id")

COMMIT

[postgresql]
BEGIN

SET CONSTRAINTS "shop_product_tags_tag_id_dd30c4fb_fk_shop_tag_id" IMMEDIATE

ALTER TABLE "shop_product_tags" DROP CONSTRAINT "shop_product_tags_tag_id_dd30c4fb_fk_shop_tag_id"

ALTER TABLE "shop_product_tags" RENAME COLUMN "tag_id" TO "label_id"

ALTER TABLE "shop_product_tags" ALTER COLUMN "label_id" TYPE bigint USING "label_id"::bigint

ALTER TABLE "shop_product_tags" ADD CONSTRAINT "shop_product_tags_label_id_72a3587a_fk_shop_label_id" FOREIGN KEY ("label_id") REFERENCES "shop_label" ("id") DEFERRABLE INITIALLY DEFERRED

COMMIT

[mysql]
ALTER TABLE `shop_product_tags` DROP FOREIGN KEY `shop_product_tags_tag_id_dd30c4fb_fk_shop_tag_id`

ALTER TABLE `shop_product_tags` RENAME COLUMN `tag_id` TO `label_id`

ALTER TABLE `shop_product_tags` MODIFY `label_id` bigint NOT NULL

ALTER TABLE `shop_product_tags` ADD CONSTRAINT `shop_product_tags_label_id_72a3587a_fk_shop_label_id` FOREIGN KEY (`label_id`) REFERENCES `shop_label` (`id`)

[oracle]
ALTER TABLE "SHOP_PRODUCT_TAGS" DROP CONSTRAINT "SHOP_PROD_TAG_ID_DD30C4FB_F"

ALTER TABLE "SHOP_PRODUCT_TAGS" RENAME COLUMN "TAG_ID" TO "LABEL_ID"

ALTER TABLE "SHOP_PRODUCT_TAGS" MODIFY "LABEL_ID" NUMBER(19)

ALTER TABLE "SHOP_PRODUCT_TAGS" ADD CONSTRAINT "SHOP_PROD_LABEL_ID_72A3587A_F" FOREIGN KEY ("LABEL_ID") REFERENCES "SHOP_LABEL" ("ID") DEFERRABLE INITIALLY DEFERRED
