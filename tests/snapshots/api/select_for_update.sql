query: Product.objects.select_for_update().filter(active=True).values_list("id", flat=True)

[sqlite]
SELECT "shop_product"."id"
FROM "shop_product"
WHERE "shop_product"."active"
params: []

[postgresql]
SELECT "shop_product"."id"
FROM "shop_product"
WHERE "shop_product"."active"
FOR UPDATE
params: []

[mysql]
SELECT `shop_product`.`id`
FROM `shop_product`
WHERE `shop_product`.`active`
FOR UPDATE
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID"
FROM "SHOP_PRODUCT"
WHERE "SHOP_PRODUCT"."ACTIVE" = :1
FOR UPDATE
params: [1]
