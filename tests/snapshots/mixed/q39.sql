query: Product.objects.values("category__name").annotate(avg=Avg("price")).order_by("-avg")

[sqlite]
SELECT "shop_categories"."name", AVG("shop_product"."price") AS "avg"
FROM "shop_product"
INNER JOIN "shop_categories" ON ("shop_product"."category_id" = "shop_categories"."id")
GROUP BY "shop_categories"."name"
ORDER BY "avg" DESC
params: []

[postgresql]
SELECT "shop_categories"."name", AVG("shop_product"."price") AS "avg"
FROM "shop_product"
INNER JOIN "shop_categories" ON ("shop_product"."category_id" = "shop_categories"."id")
GROUP BY "shop_categories"."name"
ORDER BY "avg" DESC
params: []

[mysql]
SELECT `shop_categories`.`name`, AVG(`shop_product`.`price`) AS `avg`
FROM `shop_product`
INNER JOIN `shop_categories` ON (`shop_product`.`category_id` = `shop_categories`.`id`)
GROUP BY `shop_categories`.`name`
ORDER BY `avg` DESC
params: []

[oracle]
SELECT "SHOP_CATEGORIES"."NAME", AVG("SHOP_PRODUCT"."PRICE") AS "AVG"
FROM "SHOP_PRODUCT"
INNER JOIN "SHOP_CATEGORIES" ON ("SHOP_PRODUCT"."CATEGORY_ID" = "SHOP_CATEGORIES"."ID")
GROUP BY "SHOP_CATEGORIES"."NAME"
ORDER BY "AVG" DESC
params: []
