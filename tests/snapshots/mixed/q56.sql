query: Product.objects.annotate(w=Coalesce("weight", 0.0)).aggregate(Sum("w"))

[sqlite]
SELECT SUM(COALESCE("shop_product"."weight", ?)) AS "w__sum"
FROM "shop_product"
params: [0.0]

[postgresql]
SELECT SUM(COALESCE("shop_product"."weight", $1)) AS "w__sum"
FROM "shop_product"
params: [0.0]

[mysql]
SELECT SUM(COALESCE(`shop_product`.`weight`, ?)) AS `w__sum`
FROM `shop_product`
params: [0.0]

[oracle]
SELECT SUM(COALESCE("SHOP_PRODUCT"."WEIGHT", :1)) AS "W__SUM"
FROM "SHOP_PRODUCT"
params: [0.0]
