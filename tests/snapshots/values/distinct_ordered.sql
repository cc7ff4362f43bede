query: Product.objects.values("category_id").distinct().order_by("category_id")

[sqlite]
SELECT DISTINCT "shop_product"."category_id"
FROM "shop_product"
ORDER BY "shop_product"."category_id" ASC
params: []

[postgresql]
SELECT DISTINCT "shop_product"."category_id"
FROM "shop_product"
ORDER BY "shop_product"."category_id" ASC
params: []

[mysql]
SELECT DISTINCT `shop_product`.`category_id`
FROM `shop_product`
ORDER BY `shop_product`.`category_id` ASC
params: []

[oracle]
SELECT DISTINCT "SHOP_PRODUCT"."CATEGORY_ID"
FROM "SHOP_PRODUCT"
ORDER BY "SHOP_PRODUCT"."CATEGORY_ID" ASC
params: []
