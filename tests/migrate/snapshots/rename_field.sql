[sqlite]
BEGIN

ALTER TABLE "shop_product" RENAME COLUMN "name" TO "title"

COMMIT

[postgresql]
BEGIN

ALTER TABLE "shop_product" RENAME COLUMN "name" TO "title"

COMMIT

[mysql]
ALTER TABLE `shop_product` RENAME COLUMN `name` TO `title`

[oracle]
ALTER TABLE "SHOP_PRODUCT" RENAME COLUMN "NAME" TO "TITLE"
