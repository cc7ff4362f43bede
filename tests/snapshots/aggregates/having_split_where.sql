query: Category.objects.annotate(n=Count("products")).filter(n__gte=2, products__active=True).values_list("id", "n")

[sqlite]
SELECT "shop_categories"."id", COUNT("shop_product"."id") AS "n"
FROM "shop_categories"
LEFT OUTER JOIN "shop_product" ON ("shop_categories"."id" = "shop_product"."category_id")
INNER JOIN "shop_product" "T3" ON ("shop_categories"."id" = "T3"."category_id")
WHERE "T3"."active"
GROUP BY "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position"
HAVING COUNT("shop_product"."id") >= ?
params: [2]

[postgresql]
SELECT "shop_categories"."id", COUNT("shop_product"."id") AS "n"
FROM "shop_categories"
LEFT OUTER JOIN "shop_product" ON ("shop_categories"."id" = "shop_product"."category_id")
INNER JOIN "shop_product" "T3" ON ("shop_categories"."id" = "T3"."category_id")
WHERE "T3"."active"
GROUP BY "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position"
HAVING COUNT("shop_product"."id") >= $1
params: [2]

[mysql]
SELECT `shop_categories`.`id`, COUNT(`shop_product`.`id`) AS `n`
FROM `shop_categories`
LEFT OUTER JOIN `shop_product` ON (`shop_categories`.`id` = `shop_product`.`category_id`)
INNER JOIN `shop_product` `T3` ON (`shop_categories`.`id` = `T3`.`category_id`)
WHERE `T3`.`active`
GROUP BY `shop_categories`.`id`
HAVING COUNT(`shop_product`.`id`) >= ?
params: [2]

[oracle]
SELECT "SHOP_CATEGORIES"."ID", COUNT("SHOP_PRODUCT"."ID") AS "N"
FROM "SHOP_CATEGORIES"
LEFT OUTER JOIN "SHOP_PRODUCT" ON ("SHOP_CATEGORIES"."ID" = "SHOP_PRODUCT"."CATEGORY_ID")
INNER JOIN "SHOP_PRODUCT" "T3" ON ("SHOP_CATEGORIES"."ID" = "T3"."CATEGORY_ID")
WHERE "T3"."ACTIVE" = :1
GROUP BY "SHOP_CATEGORIES"."ID", "SHOP_CATEGORIES"."NAME", "SHOP_CATEGORIES"."SLUG", "SHOP_CATEGORIES"."PARENT_ID", "SHOP_CATEGORIES"."POSITION"
HAVING COUNT("SHOP_PRODUCT"."ID") >= :2
params: [1, 2]
