query: Category.objects.annotate(total_stock=Sum("products__stock"), n=Count("products")).filter(n__gte=1).values_list("id", "total_stock", "n")

[sqlite]
SELECT "shop_categories"."id", SUM("shop_product"."stock") AS "total_stock", COUNT("shop_product"."id") AS "n"
FROM "shop_categories"
LEFT OUTER JOIN "shop_product" ON ("shop_categories"."id" = "shop_product"."category_id")
GROUP BY "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position"
HAVING COUNT("shop_product"."id") >= ?
params: [1]

[postgresql]
SELECT "shop_categories"."id", SUM("shop_product"."stock") AS "total_stock", COUNT("shop_product"."id") AS "n"
FROM "shop_categories"
LEFT OUTER JOIN "shop_product" ON ("shop_categories"."id" = "shop_product"."category_id")
GROUP BY "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position"
HAVING COUNT("shop_product"."id") >= $1
params: [1]

[mysql]
SELECT `shop_categories`.`id`, SUM(`shop_product`.`stock`) AS `total_stock`, COUNT(`shop_product`.`id`) AS `n`
FROM `shop_categories`
LEFT OUTER JOIN `shop_product` ON (`shop_categories`.`id` = `shop_product`.`category_id`)
GROUP BY `shop_categories`.`id`
HAVING COUNT(`shop_product`.`id`) >= ?
params: [1]

[oracle]
SELECT "SHOP_CATEGORIES"."ID", SUM("SHOP_PRODUCT"."STOCK") AS "TOTAL_STOCK", COUNT("SHOP_PRODUCT"."ID") AS "N"
FROM "SHOP_CATEGORIES"
LEFT OUTER JOIN "SHOP_PRODUCT" ON ("SHOP_CATEGORIES"."ID" = "SHOP_PRODUCT"."CATEGORY_ID")
GROUP BY "SHOP_CATEGORIES"."ID", "SHOP_CATEGORIES"."NAME", "SHOP_CATEGORIES"."SLUG", "SHOP_CATEGORIES"."PARENT_ID", "SHOP_CATEGORIES"."POSITION"
HAVING COUNT("SHOP_PRODUCT"."ID") >= :1
params: [1]
