query: Product.objects.annotate(x=Power("price", 2)).values_list("id", "x")

[sqlite]
SELECT "shop_product"."id", POWER("shop_product"."price", ?) AS "x"
FROM "shop_product"
params: [2]

[postgresql]
SELECT "shop_product"."id", POWER("shop_product"."price", $1) AS "x"
FROM "shop_product"
params: [2]

[mysql]
SELECT `shop_product`.`id`, POWER(`shop_product`.`price`, ?) AS `x`
FROM `shop_product`
params: [2]

[oracle]
SELECT "SHOP_PRODUCT"."ID", POWER("SHOP_PRODUCT"."PRICE", :1) AS "X"
FROM "SHOP_PRODUCT"
params: [2]
