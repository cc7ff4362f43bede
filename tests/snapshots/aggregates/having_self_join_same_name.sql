query: Category.objects.annotate(n=Count("products")).filter(Q(n__gt=3) | Q(parent__name="Books")).values_list("id", "n")

[sqlite]
SELECT "shop_categories"."id", COUNT("shop_product"."id") AS "n"
FROM "shop_categories"
LEFT OUTER JOIN "shop_product" ON ("shop_categories"."id" = "shop_product"."category_id")
LEFT OUTER JOIN "shop_categories" "T3" ON ("shop_categories"."parent_id" = "T3"."id")
GROUP BY "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position", "T3"."name"
HAVING (COUNT("shop_product"."id") > ? OR "T3"."name" = ?)
params: [3, "Books"]

[postgresql]
SELECT "shop_categories"."id", COUNT("shop_product"."id") AS "n"
FROM "shop_categories"
LEFT OUTER JOIN "shop_product" ON ("shop_categories"."id" = "shop_product"."category_id")
LEFT OUTER JOIN "shop_categories" "T3" ON ("shop_categories"."parent_id" = "T3"."id")
GROUP BY "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position", "T3"."name"
HAVING (COUNT("shop_product"."id") > $1 OR "T3"."name" = $2)
params: [3, "Books"]

[mysql]
SELECT `shop_categories`.`id`, COUNT(`shop_product`.`id`) AS `n`
FROM `shop_categories`
LEFT OUTER JOIN `shop_product` ON (`shop_categories`.`id` = `shop_product`.`category_id`)
LEFT OUTER JOIN `shop_categories` `T3` ON (`shop_categories`.`parent_id` = `T3`.`id`)
GROUP BY `shop_categories`.`id`, `T3`.`name`
HAVING (COUNT(`shop_product`.`id`) > ? OR `T3`.`name` = BINARY ?)
params: [3, "Books"]

[oracle]
SELECT "SHOP_CATEGORIES"."ID", COUNT("SHOP_PRODUCT"."ID") AS "N"
FROM "SHOP_CATEGORIES"
LEFT OUTER JOIN "SHOP_PRODUCT" ON ("SHOP_CATEGORIES"."ID" = "SHOP_PRODUCT"."CATEGORY_ID")
LEFT OUTER JOIN "SHOP_CATEGORIES" "T3" ON ("SHOP_CATEGORIES"."PARENT_ID" = "T3"."ID")
GROUP BY "SHOP_CATEGORIES"."ID", "SHOP_CATEGORIES"."NAME", "SHOP_CATEGORIES"."SLUG", "SHOP_CATEGORIES"."PARENT_ID", "SHOP_CATEGORIES"."POSITION", "T3"."NAME"
HAVING (COUNT("SHOP_PRODUCT"."ID") > :1 OR "T3"."NAME" = :2)
params: [3, "Books"]
