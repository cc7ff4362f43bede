query: Category.objects.filter(parent=None).in_bulk()

[sqlite]
SELECT "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position"
FROM "shop_categories"
WHERE "shop_categories"."parent_id" IS NULL
params: []

[postgresql]
SELECT "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position"
FROM "shop_categories"
WHERE "shop_categories"."parent_id" IS NULL
params: []

[mysql]
SELECT `shop_categories`.`id`, `shop_categories`.`name`, `shop_categories`.`slug`, `shop_categories`.`parent_id`, `shop_categories`.`position`
FROM `shop_categories`
WHERE `shop_categories`.`parent_id` IS NULL
params: []

[oracle]
SELECT "SHOP_CATEGORIES"."ID", "SHOP_CATEGORIES"."NAME", "SHOP_CATEGORIES"."SLUG", "SHOP_CATEGORIES"."PARENT_ID", "SHOP_CATEGORIES"."POSITION"
FROM "SHOP_CATEGORIES"
WHERE "SHOP_CATEGORIES"."PARENT_ID" IS NULL
params: []
