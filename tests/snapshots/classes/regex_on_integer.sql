query: Product.objects.filter(stock__regex="^1").values_list("id", flat=True)

[sqlite]
SELECT "shop_product"."id"
FROM "shop_product"
WHERE "shop_product"."stock" REGEXP ?
params: ["^1"]

[postgresql]
SELECT "shop_product"."id"
FROM "shop_product"
WHERE "shop_product"."stock"::text ~ $1
params: ["^1"]

[mysql]
SELECT `shop_product`.`id`
FROM `shop_product`
WHERE `shop_product`.`stock` REGEXP BINARY ?
params: ["^1"]

[oracle]
SELECT "SHOP_PRODUCT"."ID"
FROM "SHOP_PRODUCT"
WHERE REGEXP_LIKE("SHOP_PRODUCT"."STOCK", :1, 'c')
params: ["^1"]
