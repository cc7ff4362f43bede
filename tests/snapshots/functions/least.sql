query: Product.objects.filter(cost__isnull=False).annotate(x=Least("price", "cost", Value(Decimal("500")))).values_list("id", "x")

[sqlite]
SELECT "shop_product"."id", MIN("shop_product"."price", "shop_product"."cost", CAST(? AS NUMERIC)) AS "x"
FROM "shop_product"
WHERE "shop_product"."cost" IS NOT NULL
params: [Decimal("500")]

[postgresql]
SELECT "shop_product"."id", LEAST("shop_product"."price", "shop_product"."cost", $1) AS "x"
FROM "shop_product"
WHERE "shop_product"."cost" IS NOT NULL
params: [Decimal("500")]

[mysql]
SELECT `shop_product`.`id`, LEAST(`shop_product`.`price`, `shop_product`.`cost`, ?) AS `x`
FROM `shop_product`
WHERE `shop_product`.`cost` IS NOT NULL
params: [Decimal("500")]

[oracle]
SELECT "SHOP_PRODUCT"."ID", LEAST("SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST", :1) AS "X"
FROM "SHOP_PRODUCT"
WHERE "SHOP_PRODUCT"."COST" IS NOT NULL
params: [Decimal("500")]
