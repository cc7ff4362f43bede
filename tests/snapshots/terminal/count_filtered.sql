query: Product.objects.filter(active=True).count()

[sqlite]
SELECT COUNT(*) AS "__count"
FROM "shop_product"
WHERE "shop_product"."active"
params: []

[postgresql]
SELECT COUNT(*) AS "__count"
FROM "shop_product"
WHERE "shop_product"."active"
params: []

[mysql]
SELECT COUNT(*) AS `__count`
FROM `shop_product`
WHERE `shop_product`.`active`
params: []

[oracle]
SELECT COUNT(*) AS "__COUNT"
FROM "SHOP_PRODUCT"
WHERE "SHOP_PRODUCT"."ACTIVE" = :1
params: [1]
