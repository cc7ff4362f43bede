query: Category.objects.filter(children__isnull=True)

[sqlite]
SELECT "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position"
FROM "shop_categories"
LEFT OUTER JOIN "shop_categories" "T2" ON ("shop_categories"."id" = "T2"."parent_id")
WHERE "T2"."id" IS NULL
params: []

[postgresql]
SELECT "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position"
FROM "shop_categories"
LEFT OUTER JOIN "shop_categories" "T2" ON ("shop_categories"."id" = "T2"."parent_id")
WHERE "T2"."id" IS NULL
params: []

[mysql]
SELECT `shop_categories`.`id`, `shop_categories`.`name`, `shop_categories`.`slug`, `shop_categories`.`parent_id`, `shop_categories`.`position`
FROM `shop_categories`
LEFT OUTER JOIN `shop_categories` `T2` ON (`shop_categories`.`id` = `T2`.`parent_id`)
WHERE `T2`.`id` IS NULL
params: []

[oracle]
SELECT "SHOP_CATEGORIES"."ID", "SHOP_CATEGORIES"."NAME", "SHOP_CATEGORIES"."SLUG", "SHOP_CATEGORIES"."PARENT_ID", "SHOP_CATEGORIES"."POSITION"
FROM "SHOP_CATEGORIES"
LEFT OUTER JOIN "SHOP_CATEGORIES" "T2" ON ("SHOP_CATEGORIES"."ID" = "T2"."PARENT_ID")
WHERE "T2"."ID" IS NULL
params: []
