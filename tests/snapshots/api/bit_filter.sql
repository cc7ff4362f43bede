query: Product.objects.filter(stock__gt=F("stock").bitand(3)).values_list("id", flat=True)

[sqlite]
SELECT "shop_product"."id"
FROM "shop_product"
WHERE "shop_product"."stock" > ("shop_product"."stock" & ?)
params: [3]

[postgresql]
SELECT "shop_product"."id"
FROM "shop_product"
WHERE "shop_product"."stock" > ("shop_product"."stock" & $1)
params: [3]

[mysql]
SELECT `shop_product`.`id`
FROM `shop_product`
WHERE `shop_product`.`stock` > CONVERT((`shop_product`.`stock` & ?), SIGNED)
params: [3]

[oracle]
SELECT "SHOP_PRODUCT"."ID"
FROM "SHOP_PRODUCT"
WHERE "SHOP_PRODUCT"."STOCK" > BITAND("SHOP_PRODUCT"."STOCK", :1)
params: [3]
