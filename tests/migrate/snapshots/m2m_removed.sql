[sqlite]
BEGIN

DROP TABLE "shop_product_tags"

COMMIT

[postgresql]
BEGIN

DROP TABLE "shop_product_tags" CASCADE

COMMIT

[mysql]
DROP TABLE `shop_product_tags` CASCADE

[oracle]
DROP TABLE "SHOP_PRODUCT_TAGS" CASCADE CONSTRAINTS
