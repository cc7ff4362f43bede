[sqlite]
BEGIN

ALTER TABLE "shop_product" RENAME COLUMN "name" TO "label"

COMMIT

[postgresql]
BEGIN

ALTER TABLE "shop_product" RENAME COLUMN "name" TO "label"

COMMIT

[mysql]
ALTER TABLE `shop_product` RENAME COLUMN `name` TO `label`

[oracle]
ALTER TABLE "SHOP_PRODUCT" RENAME COLUMN "NAME" TO "LABEL"
