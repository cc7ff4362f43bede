query: Product.objects.annotate(b=F("stock").bitor(1)).values_list("id", "b")

[sqlite]
SELECT "shop_product"."id", ("shop_product"."stock" | ?) AS "b"
FROM "shop_product"
params: [1]

[postgresql]
SELECT "shop_product"."id", ("shop_product"."stock" | $1) AS "b"
FROM "shop_product"
params: [1]

[mysql]
SELECT `shop_product`.`id`, CONVERT((`shop_product`.`stock` | ?), SIGNED) AS `b`
FROM `shop_product`
params: [1]

[oracle]
SELECT "SHOP_PRODUCT"."ID", (BITAND(-"SHOP_PRODUCT"."STOCK" - 1, :1) + "SHOP_PRODUCT"."STOCK") AS "B"
FROM "SHOP_PRODUCT"
params: [1]
