[sqlite]
BEGIN

ALTER TABLE "shop_category" RENAME TO "shop_section"

COMMIT

[postgresql]
BEGIN

ALTER TABLE "shop_category" RENAME TO "shop_section"

COMMIT

[mysql]
RENAME TABLE `shop_category` TO `shop_section`

[oracle]
ALTER TABLE "SHOP_CATEGORY" RENAME TO "SHOP_SECTION"
