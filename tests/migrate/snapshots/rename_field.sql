[sqlite]
BEGIN

ALTER TABLE "shop_product" RENAME COLUMN "name" TO "title"

COMMIT

[postgresql]
BEGIN

ALTER TABLE "shop_product" RENAME COLUMN "name" TO "title"

COMMIT

[mysql]
ALTER TABLE `shop_product` CHANGE `name` `title` varchar(50) NOT NULL

[oracle]
ALTER TABLE "SHOP_PRODUCT" RENAME COLUMN "NAME" TO "TITLE"
