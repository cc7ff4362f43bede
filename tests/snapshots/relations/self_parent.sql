query: Category.objects.filter(parent__name="Electronics")

[sqlite]
SELECT "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position"
FROM "shop_categories"
INNER JOIN "shop_categories" "T2" ON ("shop_categories"."parent_id" = "T2"."id")
WHERE "T2"."name" = ?
params: ["Electronics"]

[postgresql]
SELECT "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position"
FROM "shop_categories"
INNER JOIN "shop_categories" "T2" ON ("shop_categories"."parent_id" = "T2"."id")
WHERE "T2"."name" = $1
params: ["Electronics"]

[mysql]
SELECT `shop_categories`.`id`, `shop_categories`.`name`, `shop_categories`.`slug`, `shop_categories`.`parent_id`, `shop_categories`.`position`
FROM `shop_categories`
INNER JOIN `shop_categories` `T2` ON (`shop_categories`.`parent_id` = `T2`.`id`)
WHERE `T2`.`name` = BINARY ?
params: ["Electronics"]

[oracle]
SELECT "SHOP_CATEGORIES"."ID", "SHOP_CATEGORIES"."NAME", "SHOP_CATEGORIES"."SLUG", "SHOP_CATEGORIES"."PARENT_ID", "SHOP_CATEGORIES"."POSITION"
FROM "SHOP_CATEGORIES"
INNER JOIN "SHOP_CATEGORIES" "T2" ON ("SHOP_CATEGORIES"."PARENT_ID" = "T2"."ID")
WHERE "T2"."NAME" = :1
params: ["Electronics"]
