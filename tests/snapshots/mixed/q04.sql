query: Product.objects.aggregate(avg=Avg("price"), mx=Max("price"))

[sqlite]
SELECT AVG("shop_product"."price") AS "avg", MAX("shop_product"."price") AS "mx"
FROM "shop_product"
params: []

[postgresql]
SELECT AVG("shop_product"."price") AS "avg", MAX("shop_product"."price") AS "mx"
FROM "shop_product"
params: []

[mysql]
SELECT AVG(`shop_product`.`price`) AS `avg`, MAX(`shop_product`.`price`) AS `mx`
FROM `shop_product`
params: []

[oracle]
SELECT AVG("SHOP_PRODUCT"."PRICE") AS "AVG", MAX("SHOP_PRODUCT"."PRICE") AS "MX"
FROM "SHOP_PRODUCT"
params: []
