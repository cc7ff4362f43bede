query: Product.objects.annotate(x=Power("stock", 2), y=Power("weight", 2)).values_list("id", "x", "y")

[sqlite]
SELECT "shop_product"."id", POWER("shop_product"."stock", ?) AS "x", POWER("shop_product"."weight", ?) AS "y"
FROM "shop_product"
params: [2, 2]

[postgresql]
SELECT "shop_product"."id", POWER("shop_product"."stock", $1) AS "x", POWER("shop_product"."weight", $2) AS "y"
FROM "shop_product"
params: [2, 2]

[mysql]
SELECT `shop_product`.`id`, POWER(`shop_product`.`stock`, ?) AS `x`, POWER(`shop_product`.`weight`, ?) AS `y`
FROM `shop_product`
params: [2, 2]

[oracle]
SELECT "SHOP_PRODUCT"."ID", POWER("SHOP_PRODUCT"."STOCK", :1) AS "X", POWER("SHOP_PRODUCT"."WEIGHT", :2) AS "Y"
FROM "SHOP_PRODUCT"
params: [2, 2]
