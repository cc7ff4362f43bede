query: Product.objects.annotate(f=Window(FirstValue("stock"), partition_by=[F("category")], order_by=F("id").asc()), l=Window(LastValue("stock"), partition_by=[F("category")], order_by=F("id").asc()), n=Window(NthValue("stock", 2), partition_by=[F("category")], order_by=F("id").asc())).values_list("id", "f", "l", "n")

[sqlite]
SELECT "shop_product"."id", FIRST_VALUE("shop_product"."stock") OVER (PARTITION BY "shop_product"."category_id" ORDER BY "shop_product"."id" ASC) AS "f", LAST_VALUE("shop_product"."stock") OVER (PARTITION BY "shop_product"."category_id" ORDER BY "shop_product"."id" ASC) AS "l", NTH_VALUE("shop_product"."stock", 2) OVER (PARTITION BY "shop_product"."category_id" ORDER BY "shop_product"."id" ASC) AS "n"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", FIRST_VALUE("shop_product"."stock") OVER (PARTITION BY "shop_product"."category_id" ORDER BY "shop_product"."id" ASC) AS "f", LAST_VALUE("shop_product"."stock") OVER (PARTITION BY "shop_product"."category_id" ORDER BY "shop_product"."id" ASC) AS "l", NTH_VALUE("shop_product"."stock", 2) OVER (PARTITION BY "shop_product"."category_id" ORDER BY "shop_product"."id" ASC) AS "n"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, FIRST_VALUE(`shop_product`.`stock`) OVER (PARTITION BY `shop_product`.`category_id` ORDER BY `shop_product`.`id` ASC) AS `f`, LAST_VALUE(`shop_product`.`stock`) OVER (PARTITION BY `shop_product`.`category_id` ORDER BY `shop_product`.`id` ASC) AS `l`, NTH_VALUE(`shop_product`.`stock`, 2) OVER (PARTITION BY `shop_product`.`category_id` ORDER BY `shop_product`.`id` ASC) AS `n`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", FIRST_VALUE("SHOP_PRODUCT"."STOCK") OVER (PARTITION BY "SHOP_PRODUCT"."CATEGORY_ID" ORDER BY "SHOP_PRODUCT"."ID" ASC) AS "F", LAST_VALUE("SHOP_PRODUCT"."STOCK") OVER (PARTITION BY "SHOP_PRODUCT"."CATEGORY_ID" ORDER BY "SHOP_PRODUCT"."ID" ASC) AS "L", NTH_VALUE("SHOP_PRODUCT"."STOCK", 2) OVER (PARTITION BY "SHOP_PRODUCT"."CATEGORY_ID" ORDER BY "SHOP_PRODUCT"."ID" ASC) AS "N"
FROM "SHOP_PRODUCT"
params: []
