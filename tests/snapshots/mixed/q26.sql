query: Product.objects.annotate(cat=F("category__name")).values("cat").annotate(n=Count("id"))

[sqlite]
SELECT "shop_categories"."name" AS "cat", COUNT("shop_product"."id") AS "n"
FROM "shop_product"
INNER JOIN "shop_categories" ON ("shop_product"."category_id" = "shop_categories"."id")
GROUP BY "shop_categories"."name"
params: []

[postgresql]
SELECT "shop_categories"."name" AS "cat", COUNT("shop_product"."id") AS "n"
FROM "shop_product"
INNER JOIN "shop_categories" ON ("shop_product"."category_id" = "shop_categories"."id")
GROUP BY "shop_categories"."name"
params: []

[mysql]
SELECT `shop_categories`.`name` AS `cat`, COUNT(`shop_product`.`id`) AS `n`
FROM `shop_product`
INNER JOIN `shop_categories` ON (`shop_product`.`category_id` = `shop_categories`.`id`)
GROUP BY `shop_categories`.`name`
params: []

[oracle]
SELECT "SHOP_CATEGORIES"."NAME" AS "CAT", COUNT("SHOP_PRODUCT"."ID") AS "N"
FROM "SHOP_PRODUCT"
INNER JOIN "SHOP_CATEGORIES" ON ("SHOP_PRODUCT"."CATEGORY_ID" = "SHOP_CATEGORIES"."ID")
GROUP BY "SHOP_CATEGORIES"."NAME"
params: []
