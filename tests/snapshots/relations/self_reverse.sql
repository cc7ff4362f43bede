query: Category.objects.filter(children__name__startswith="Ph")

[sqlite]
SELECT "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position"
FROM "shop_categories"
INNER JOIN "shop_categories" "T2" ON ("shop_categories"."id" = "T2"."parent_id")
WHERE "T2"."name" GLOB ?
params: ["Ph*"]

[postgresql]
SELECT "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position"
FROM "shop_categories"
INNER JOIN "shop_categories" "T2" ON ("shop_categories"."id" = "T2"."parent_id")
WHERE "T2"."name" LIKE $1
params: ["Ph%"]

[mysql]
SELECT `shop_categories`.`id`, `shop_categories`.`name`, `shop_categories`.`slug`, `shop_categories`.`parent_id`, `shop_categories`.`position`
FROM `shop_categories`
INNER JOIN `shop_categories` `T2` ON (`shop_categories`.`id` = `T2`.`parent_id`)
WHERE `T2`.`name` LIKE BINARY ?
params: ["Ph%"]

[oracle]
SELECT "SHOP_CATEGORIES"."ID", "SHOP_CATEGORIES"."NAME", "SHOP_CATEGORIES"."SLUG", "SHOP_CATEGORIES"."PARENT_ID", "SHOP_CATEGORIES"."POSITION"
FROM "SHOP_CATEGORIES"
INNER JOIN "SHOP_CATEGORIES" "T2" ON ("SHOP_CATEGORIES"."ID" = "T2"."PARENT_ID")
WHERE "T2"."NAME" LIKE :1 ESCAPE '\'
params: ["Ph%"]
