query: Product.objects.annotate(x=Abs(F("stock") - 50)).values_list("id", "x")

[sqlite]
SELECT "shop_product"."id", ABS(("shop_product"."stock" - ?)) AS "x"
FROM "shop_product"
params: [50]

[postgresql]
SELECT "shop_product"."id", ABS(("shop_product"."stock" - $1)) AS "x"
FROM "shop_product"
params: [50]

[mysql]
SELECT `shop_product`.`id`, ABS((`shop_product`.`stock` - ?)) AS `x`
FROM `shop_product`
params: [50]

[oracle]
SELECT "SHOP_PRODUCT"."ID", ABS(("SHOP_PRODUCT"."STOCK" - :1)) AS "X"
FROM "SHOP_PRODUCT"
params: [50]
