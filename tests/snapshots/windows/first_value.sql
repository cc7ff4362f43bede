query: Product.objects.annotate(f=Window(FirstValue("stock"), partition_by=[F("category_id")], order_by=F("id").asc())).values_list("id", "f")

[sqlite]
SELECT "shop_product"."id", FIRST_VALUE("shop_product"."stock") OVER (PARTITION BY "shop_product"."category_id" ORDER BY "shop_product"."id" ASC) AS "f"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", FIRST_VALUE("shop_product"."stock") OVER (PARTITION BY "shop_product"."category_id" ORDER BY "shop_product"."id" ASC) AS "f"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, FIRST_VALUE(`shop_product`.`stock`) OVER (PARTITION BY `shop_product`.`category_id` ORDER BY `shop_product`.`id` ASC) AS `f`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", FIRST_VALUE("SHOP_PRODUCT"."STOCK") OVER (PARTITION BY "SHOP_PRODUCT"."CATEGORY_ID" ORDER BY "SHOP_PRODUCT"."ID" ASC) AS "F"
FROM "SHOP_PRODUCT"
params: []
