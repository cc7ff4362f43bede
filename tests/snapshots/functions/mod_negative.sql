query: Product.objects.annotate(x=Mod(F("stock") - 100, 7)).values_list("id", "x")

[sqlite]
SELECT "shop_product"."id", MOD(("shop_product"."stock" - ?), ?) AS "x"
FROM "shop_product"
params: [100, 7]

[postgresql]
SELECT "shop_product"."id", MOD(("shop_product"."stock" - $1), $2) AS "x"
FROM "shop_product"
params: [100, 7]

[mysql]
SELECT `shop_product`.`id`, MOD((`shop_product`.`stock` - ?), ?) AS `x`
FROM `shop_product`
params: [100, 7]

[oracle]
SELECT "SHOP_PRODUCT"."ID", MOD(("SHOP_PRODUCT"."STOCK" - :1), :2) AS "X"
FROM "SHOP_PRODUCT"
params: [100, 7]
