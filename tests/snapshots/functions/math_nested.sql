query: Product.objects.annotate(x=Round(Sqrt(Abs("stock")) * 10)).values_list("id", "x")

[sqlite]
SELECT "shop_product"."id", ROUND((SQRT(ABS("shop_product"."stock")) * ?)) AS "x"
FROM "shop_product"
params: [10]

[postgresql]
SELECT "shop_product"."id", ROUND((SQRT(ABS("shop_product"."stock")) * $1)) AS "x"
FROM "shop_product"
params: [10]

[mysql]
SELECT `shop_product`.`id`, ROUND((SQRT(ABS(`shop_product`.`stock`)) * ?)) AS `x`
FROM `shop_product`
params: [10]

[oracle]
SELECT "SHOP_PRODUCT"."ID", ROUND((SQRT(ABS("SHOP_PRODUCT"."STOCK")) * :1)) AS "X"
FROM "SHOP_PRODUCT"
params: [10]
