query: Category.objects.get(pk=1).products.update(stock=0)

[sqlite]
UPDATE "shop_product"
SET "stock" = ?
WHERE "shop_product"."category_id" = ?
params: [0, 1]

[postgresql]
UPDATE "shop_product"
SET "stock" = $1
WHERE "shop_product"."category_id" = $2
params: [0, 1]

[mysql]
UPDATE `shop_product`
SET `stock` = ?
WHERE `shop_product`.`category_id` = ?
params: [0, 1]

[oracle]
UPDATE "SHOP_PRODUCT"
SET "STOCK" = :1
WHERE "SHOP_PRODUCT"."CATEGORY_ID" = :2
params: [0, 1]
