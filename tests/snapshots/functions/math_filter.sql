query: Product.objects.annotate(x=Power("stock", 2)).filter(x__gt=50).values_list("id", flat=True)

[sqlite]
SELECT "shop_product"."id"
FROM "shop_product"
WHERE POWER("shop_product"."stock", ?) > ?
params: [2, 50]

[postgresql]
SELECT "shop_product"."id"
FROM "shop_product"
WHERE POWER("shop_product"."stock", $1) > $2
params: [2, 50]

[mysql]
SELECT `shop_product`.`id`
FROM `shop_product`
WHERE POWER(`shop_product`.`stock`, ?) > ?
params: [2, 50]

[oracle]
SELECT "SHOP_PRODUCT"."ID"
FROM "SHOP_PRODUCT"
WHERE POWER("SHOP_PRODUCT"."STOCK", :1) > :2
params: [2, 50]
