query: Product.objects.values("category").annotate(r=Window(Sum("stock"), partition_by=[F("category")])).values_list("category", "r")

[sqlite]
SELECT "shop_product"."category_id", SUM("shop_product"."stock") OVER (PARTITION BY "shop_product"."category_id") AS "r"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."category_id", SUM("shop_product"."stock") OVER (PARTITION BY "shop_product"."category_id") AS "r"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`category_id`, SUM(`shop_product`.`stock`) OVER (PARTITION BY `shop_product`.`category_id`) AS `r`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."CATEGORY_ID", SUM("SHOP_PRODUCT"."STOCK") OVER (PARTITION BY "SHOP_PRODUCT"."CATEGORY_ID") AS "R"
FROM "SHOP_PRODUCT"
params: []
