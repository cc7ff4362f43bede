query: Category.objects.annotate(n=Count("products")).filter(n=0).values_list("name", flat=True)

[sqlite]
SELECT "shop_categories"."name"
FROM "shop_categories"
LEFT OUTER JOIN "shop_product" ON ("shop_categories"."id" = "shop_product"."category_id")
GROUP BY "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position"
HAVING COUNT("shop_product"."id") = ?
params: [0]

[postgresql]
SELECT "shop_categories"."name"
FROM "shop_categories"
LEFT OUTER JOIN "shop_product" ON ("shop_categories"."id" = "shop_product"."category_id")
GROUP BY "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position"
HAVING COUNT("shop_product"."id") = $1
params: [0]

[mysql]
SELECT `shop_categories`.`name`
FROM `shop_categories`
LEFT OUTER JOIN `shop_product` ON (`shop_categories`.`id` = `shop_product`.`category_id`)
GROUP BY `shop_categories`.`id`
HAVING COUNT(`shop_product`.`id`) = ?
params: [0]

[oracle]
SELECT "SHOP_CATEGORIES"."NAME"
FROM "SHOP_CATEGORIES"
LEFT OUTER JOIN "SHOP_PRODUCT" ON ("SHOP_CATEGORIES"."ID" = "SHOP_PRODUCT"."CATEGORY_ID")
GROUP BY "SHOP_CATEGORIES"."ID", "SHOP_CATEGORIES"."NAME", "SHOP_CATEGORIES"."SLUG", "SHOP_CATEGORIES"."PARENT_ID", "SHOP_CATEGORIES"."POSITION"
HAVING COUNT("SHOP_PRODUCT"."ID") = :1
params: [0]
