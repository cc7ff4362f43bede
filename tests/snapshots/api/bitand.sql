query: Product.objects.annotate(b=F("stock").bitand(6)).values_list("id", "b")

[sqlite]
SELECT "shop_product"."id", ("shop_product"."stock" & ?) AS "b"
FROM "shop_product"
params: [6]

[postgresql]
SELECT "shop_product"."id", ("shop_product"."stock" & $1) AS "b"
FROM "shop_product"
params: [6]

[mysql]
SELECT `shop_product`.`id`, CONVERT((`shop_product`.`stock` & ?), SIGNED) AS `b`
FROM `shop_product`
params: [6]

[oracle]
SELECT "SHOP_PRODUCT"."ID", BITAND("SHOP_PRODUCT"."STOCK", :1) AS "B"
FROM "SHOP_PRODUCT"
params: [6]
