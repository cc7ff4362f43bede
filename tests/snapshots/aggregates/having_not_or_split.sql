query: Category.objects.annotate(n=Count("products")).filter(~(Q(n__gte=5) | Q(position=1))).values_list("id", "n")

[sqlite]
SELECT "shop_categories"."id", COUNT("shop_product"."id") AS "n"
FROM "shop_categories"
LEFT OUTER JOIN "shop_product" ON ("shop_categories"."id" = "shop_product"."category_id")
WHERE NOT ("shop_categories"."position" = ?)
GROUP BY "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position"
HAVING NOT (COUNT("shop_product"."id") >= ?)
params: [1, 5]

[postgresql]
SELECT "shop_categories"."id", COUNT("shop_product"."id") AS "n"
FROM "shop_categories"
LEFT OUTER JOIN "shop_product" ON ("shop_categories"."id" = "shop_product"."category_id")
WHERE NOT ("shop_categories"."position" = $1)
GROUP BY "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position"
HAVING NOT (COUNT("shop_product"."id") >= $2)
params: [1, 5]

[mysql]
SELECT `shop_categories`.`id`, COUNT(`shop_product`.`id`) AS `n`
FROM `shop_categories`
LEFT OUTER JOIN `shop_product` ON (`shop_categories`.`id` = `shop_product`.`category_id`)
WHERE NOT (`shop_categories`.`position` = ?)
GROUP BY `shop_categories`.`id`
HAVING NOT (COUNT(`shop_product`.`id`) >= ?)
params: [1, 5]

[oracle]
SELECT "SHOP_CATEGORIES"."ID", COUNT("SHOP_PRODUCT"."ID") AS "N"
FROM "SHOP_CATEGORIES"
LEFT OUTER JOIN "SHOP_PRODUCT" ON ("SHOP_CATEGORIES"."ID" = "SHOP_PRODUCT"."CATEGORY_ID")
WHERE NOT ("SHOP_CATEGORIES"."POSITION" = :1)
GROUP BY "SHOP_CATEGORIES"."ID", "SHOP_CATEGORIES"."NAME", "SHOP_CATEGORIES"."SLUG", "SHOP_CATEGORIES"."PARENT_ID", "SHOP_CATEGORIES"."POSITION"
HAVING NOT (COUNT("SHOP_PRODUCT"."ID") >= :2)
params: [1, 5]
