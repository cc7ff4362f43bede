[sqlite]
BEGIN

CREATE TABLE "shop_product_labels" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "product_id" integer NOT NULL REFERENCES "shop_product" ("id") DEFERRABLE INITIALLY DEFERRED, "tag_id" integer NOT NULL REFERENCES "shop_tag" ("id") DEFERRABLE INITIALLY DEFERRED)

INSERT INTO "shop_product_labels" (id, product_id, tag_id) SELECT id, product_id, tag_id FROM "shop_product_tags"

DROP TABLE "shop_product_tags"

CREATE UNIQUE INDEX "shop_product_labels_product_id_tag_id_75cff829_uniq" ON "shop_product_labels" ("product_id", "tag_id")

CREATE INDEX "shop_product_labels_product_id_e9074e1c" ON "shop_product_labels" ("product_id")

CREATE INDEX "shop_product_labels_tag_id_fb318199" ON "shop_product_labels" ("tag_id")

COMMIT

[postgresql]
BEGIN

ALTER TABLE "shop_product_tags" RENAME TO "shop_product_labels"

COMMIT

[mysql]
RENAME TABLE `shop_product_tags` TO `shop_product_labels`

[oracle]
ALTER TABLE "SHOP_PRODUCT_TAGS" RENAME TO "SHOP_PRODUCT_LABELS"
