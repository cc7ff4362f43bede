query: Product.objects.select_for_update().filter(active=True).values_list("id", flat=True)

[sqlite]
SELECT "shop_product"."id"
FROM "shop_product"
WHERE "shop_product"."active" = ?
params: [True]

[postgresql]
SELECT "shop_product"."id"
FROM "shop_product"
WHERE "shop_product"."active" = $1
FOR UPDATE
params: [True]

[mysql]
SELECT `shop_product`.`id`
FROM `shop_product`
WHERE `shop_product`.`active` = ?
FOR UPDATE
params: [True]

[oracle]
SELECT "SHOP_PRODUCT"."ID"
FROM "SHOP_PRODUCT"
WHERE "SHOP_PRODUCT"."ACTIVE" = :1
FOR UPDATE
params: [1]
