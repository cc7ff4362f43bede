query: Product.objects.annotate(x=NullIf("stock", Value(0))).values_list("id", "x")

[sqlite]
SELECT "shop_product"."id", NULLIF("shop_product"."stock", ?) AS "x"
FROM "shop_product"
params: [0]

[postgresql]
SELECT "shop_product"."id", NULLIF("shop_product"."stock", $1) AS "x"
FROM "shop_product"
params: [0]

[mysql]
SELECT `shop_product`.`id`, NULLIF(`shop_product`.`stock`, ?) AS `x`
FROM `shop_product`
params: [0]

[oracle]
SELECT "SHOP_PRODUCT"."ID", NULLIF("SHOP_PRODUCT"."STOCK", :1) AS "X"
FROM "SHOP_PRODUCT"
params: [0]
