[sqlite]
BEGIN

ALTER TABLE "shop_category" RENAME TO "categories"

COMMIT

[postgresql]
BEGIN

ALTER TABLE "shop_category" RENAME TO "categories"

COMMIT

[mysql]
RENAME TABLE `shop_category` TO `categories`

[oracle]
ALTER TABLE "SHOP_CATEGORY" RENAME TO "CATEGORIES"
