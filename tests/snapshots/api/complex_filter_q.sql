query: Product.objects.complex_filter(Q(stock__gt=5) | Q(weight__isnull=True)).values_list("id", flat=True).order_by("id")

[sqlite]
SELECT "shop_product"."id"
FROM "shop_product"
WHERE ("shop_product"."stock" > ? OR "shop_product"."weight" IS NULL)
ORDER BY "shop_product"."id" ASC
params: [5]

[postgresql]
SELECT "shop_product"."id"
FROM "shop_product"
WHERE ("shop_product"."stock" > $1 OR "shop_product"."weight" IS NULL)
ORDER BY "shop_product"."id" ASC
params: [5]

[mysql]
SELECT `shop_product`.`id`
FROM `shop_product`
WHERE (`shop_product`.`stock` > ? OR `shop_product`.`weight` IS NULL)
ORDER BY `shop_product`.`id` ASC
params: [5]

[oracle]
SELECT "SHOP_PRODUCT"."ID"
FROM "SHOP_PRODUCT"
WHERE ("SHOP_PRODUCT"."STOCK" > :1 OR "SHOP_PRODUCT"."WEIGHT" IS NULL)
ORDER BY "SHOP_PRODUCT"."ID" ASC
params: [5]
