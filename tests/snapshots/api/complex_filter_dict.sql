query: Product.objects.complex_filter({"stock__gt": 5, "active": True}).values_list("id", flat=True).order_by("id")

[sqlite]
SELECT "shop_product"."id"
FROM "shop_product"
WHERE ("shop_product"."stock" > ? AND "shop_product"."active")
ORDER BY "shop_product"."id" ASC
params: [5]

[postgresql]
SELECT "shop_product"."id"
FROM "shop_product"
WHERE ("shop_product"."stock" > $1 AND "shop_product"."active")
ORDER BY "shop_product"."id" ASC
params: [5]

[mysql]
SELECT `shop_product`.`id`
FROM `shop_product`
WHERE (`shop_product`.`stock` > ? AND `shop_product`.`active`)
ORDER BY `shop_product`.`id` ASC
params: [5]

[oracle]
SELECT "SHOP_PRODUCT"."ID"
FROM "SHOP_PRODUCT"
WHERE ("SHOP_PRODUCT"."STOCK" > :1 AND "SHOP_PRODUCT"."ACTIVE" = :2)
ORDER BY "SHOP_PRODUCT"."ID" ASC
params: [5, 1]
