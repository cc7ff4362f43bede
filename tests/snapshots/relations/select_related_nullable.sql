query: Category.objects.select_related("parent").filter(position__gt=0)

[sqlite]
SELECT "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position", "T2"."id", "T2"."name", "T2"."slug", "T2"."parent_id", "T2"."position"
FROM "shop_categories"
LEFT OUTER JOIN "shop_categories" "T2" ON ("shop_categories"."parent_id" = "T2"."id")
WHERE "shop_categories"."position" > ?
params: [0]

[postgresql]
SELECT "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position", "T2"."id", "T2"."name", "T2"."slug", "T2"."parent_id", "T2"."position"
FROM "shop_categories"
LEFT OUTER JOIN "shop_categories" "T2" ON ("shop_categories"."parent_id" = "T2"."id")
WHERE "shop_categories"."position" > $1
params: [0]

[mysql]
SELECT `shop_categories`.`id`, `shop_categories`.`name`, `shop_categories`.`slug`, `shop_categories`.`parent_id`, `shop_categories`.`position`, `T2`.`id`, `T2`.`name`, `T2`.`slug`, `T2`.`parent_id`, `T2`.`position`
FROM `shop_categories`
LEFT OUTER JOIN `shop_categories` `T2` ON (`shop_categories`.`parent_id` = `T2`.`id`)
WHERE `shop_categories`.`position` > ?
params: [0]

[oracle]
SELECT "SHOP_CATEGORIES"."ID", "SHOP_CATEGORIES"."NAME", "SHOP_CATEGORIES"."SLUG", "SHOP_CATEGORIES"."PARENT_ID", "SHOP_CATEGORIES"."POSITION", "T2"."ID", "T2"."NAME", "T2"."SLUG", "T2"."PARENT_ID", "T2"."POSITION"
FROM "SHOP_CATEGORIES"
LEFT OUTER JOIN "SHOP_CATEGORIES" "T2" ON ("SHOP_CATEGORIES"."PARENT_ID" = "T2"."ID")
WHERE "SHOP_CATEGORIES"."POSITION" > :1
params: [0]
