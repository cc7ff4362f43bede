query: Category.objects.filter(parent__parent__name="Books")

[sqlite]
SELECT "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position"
FROM "shop_categories"
INNER JOIN "shop_categories" "T2" ON ("shop_categories"."parent_id" = "T2"."id")
INNER JOIN "shop_categories" "T3" ON ("T2"."parent_id" = "T3"."id")
WHERE "T3"."name" = ?
params: ["Books"]

[postgresql]
SELECT "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position"
FROM "shop_categories"
INNER JOIN "shop_categories" "T2" ON ("shop_categories"."parent_id" = "T2"."id")
INNER JOIN "shop_categories" "T3" ON ("T2"."parent_id" = "T3"."id")
WHERE "T3"."name" = $1
params: ["Books"]

[mysql]
SELECT `shop_categories`.`id`, `shop_categories`.`name`, `shop_categories`.`slug`, `shop_categories`.`parent_id`, `shop_categories`.`position`
FROM `shop_categories`
INNER JOIN `shop_categories` `T2` ON (`shop_categories`.`parent_id` = `T2`.`id`)
INNER JOIN `shop_categories` `T3` ON (`T2`.`parent_id` = `T3`.`id`)
WHERE `T3`.`name` = BINARY ?
params: ["Books"]

[oracle]
SELECT "SHOP_CATEGORIES"."ID", "SHOP_CATEGORIES"."NAME", "SHOP_CATEGORIES"."SLUG", "SHOP_CATEGORIES"."PARENT_ID", "SHOP_CATEGORIES"."POSITION"
FROM "SHOP_CATEGORIES"
INNER JOIN "SHOP_CATEGORIES" "T2" ON ("SHOP_CATEGORIES"."PARENT_ID" = "T2"."ID")
INNER JOIN "SHOP_CATEGORIES" "T3" ON ("T2"."PARENT_ID" = "T3"."ID")
WHERE "T3"."NAME" = :1
params: ["Books"]
