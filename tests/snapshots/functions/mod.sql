query: Product.objects.filter(stock__gt=0).annotate(x=Mod("stock", 4), y=Mod("weight", 2)).values_list("id", "x", "y")

[sqlite]
SELECT "shop_product"."id", MOD("shop_product"."stock", ?) AS "x", MOD("shop_product"."weight", ?) AS "y"
FROM "shop_product"
WHERE "shop_product"."stock" > ?
params: [4, 2, 0]

[postgresql]
SELECT "shop_product"."id", MOD("shop_product"."stock", $1) AS "x", MOD(CAST("shop_product"."weight" AS numeric(1000, 15)), $2) AS "y"
FROM "shop_product"
WHERE "shop_product"."stock" > $3
params: [4, 2, 0]

[mysql]
SELECT `shop_product`.`id`, MOD(`shop_product`.`stock`, ?) AS `x`, MOD(`shop_product`.`weight`, ?) AS `y`
FROM `shop_product`
WHERE `shop_product`.`stock` > ?
params: [4, 2, 0]

[oracle]
SELECT "SHOP_PRODUCT"."ID", MOD("SHOP_PRODUCT"."STOCK", :1) AS "X", MOD("SHOP_PRODUCT"."WEIGHT", :2) AS "Y"
FROM "SHOP_PRODUCT"
WHERE "SHOP_PRODUCT"."STOCK" > :3
params: [4, 2, 0]
