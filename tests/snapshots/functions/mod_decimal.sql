query: Product.objects.annotate(x=Mod("price", 7)).values_list("id", "x")

[sqlite]
SELECT "shop_product"."id", MOD("shop_product"."price", ?) AS "x"
FROM "shop_product"
params: [7]

[postgresql]
SELECT "shop_product"."id", MOD("shop_product"."price", $1) AS "x"
FROM "shop_product"
params: [7]

[mysql]
SELECT `shop_product`.`id`, MOD(`shop_product`.`price`, ?) AS `x`
FROM `shop_product`
params: [7]

[oracle]
SELECT "SHOP_PRODUCT"."ID", MOD("SHOP_PRODUCT"."PRICE", :1) AS "X"
FROM "SHOP_PRODUCT"
params: [7]
