query: Product.objects.filter(stock__gte=0).aggregate(x=Sum(Abs("stock")), y=Max(Power("stock", 2)), z=Avg(Sqrt("stock")))

[sqlite]
SELECT SUM(ABS("shop_product"."stock")) AS "x", MAX(POWER("shop_product"."stock", ?)) AS "y", AVG(SQRT("shop_product"."stock")) AS "z"
FROM "shop_product"
WHERE "shop_product"."stock" >= ?
params: [2, 0]

[postgresql]
SELECT SUM(ABS("shop_product"."stock")) AS "x", MAX(POWER("shop_product"."stock", $1)) AS "y", AVG(SQRT("shop_product"."stock")) AS "z"
FROM "shop_product"
WHERE "shop_product"."stock" >= $2
params: [2, 0]

[mysql]
SELECT SUM(ABS(`shop_product`.`stock`)) AS `x`, MAX(POWER(`shop_product`.`stock`, ?)) AS `y`, AVG(SQRT(`shop_product`.`stock`)) AS `z`
FROM `shop_product`
WHERE `shop_product`.`stock` >= ?
params: [2, 0]

[oracle]
SELECT SUM(ABS("SHOP_PRODUCT"."STOCK")) AS "X", MAX(POWER("SHOP_PRODUCT"."STOCK", :1)) AS "Y", AVG(SQRT("SHOP_PRODUCT"."STOCK")) AS "Z"
FROM "SHOP_PRODUCT"
WHERE "SHOP_PRODUCT"."STOCK" >= :2
params: [2, 0]
