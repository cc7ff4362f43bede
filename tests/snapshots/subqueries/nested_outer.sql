query: Category.objects.filter(Exists(Product.objects.filter(category=OuterRef("pk"), reviews__rating=5)))

[sqlite]
SELECT "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position"
FROM "shop_categories"
WHERE EXISTS(
  SELECT 1 AS "a"
  FROM "shop_product" "U0"
  INNER JOIN "shop_review" "U1" ON ("U0"."id" = "U1"."product_id")
  WHERE ("U0"."category_id" = "shop_categories"."id" AND "U1"."rating" = ?)
)
params: [5]

[postgresql]
SELECT "shop_categories"."id", "shop_categories"."name", "shop_categories"."slug", "shop_categories"."parent_id", "shop_categories"."position"
FROM "shop_categories"
WHERE EXISTS(
  SELECT 1 AS "a"
  FROM "shop_product" "U0"
  INNER JOIN "shop_review" "U1" ON ("U0"."id" = "U1"."product_id")
  WHERE ("U0"."category_id" = "shop_categories"."id" AND "U1"."rating" = $1)
)
params: [5]

[mysql]
SELECT `shop_categories`.`id`, `shop_categories`.`name`, `shop_categories`.`slug`, `shop_categories`.`parent_id`, `shop_categories`.`position`
FROM `shop_categories`
WHERE EXISTS(
  SELECT 1 AS `a`
  FROM `shop_product` `U0`
  INNER JOIN `shop_review` `U1` ON (`U0`.`id` = `U1`.`product_id`)
  WHERE (`U0`.`category_id` = `shop_categories`.`id` AND `U1`.`rating` = ?)
)
params: [5]

[oracle]
SELECT "SHOP_CATEGORIES"."ID", "SHOP_CATEGORIES"."NAME", "SHOP_CATEGORIES"."SLUG", "SHOP_CATEGORIES"."PARENT_ID", "SHOP_CATEGORIES"."POSITION"
FROM "SHOP_CATEGORIES"
WHERE EXISTS(
  SELECT 1 AS "A"
  FROM "SHOP_PRODUCT" "U0"
  INNER JOIN "SHOP_REVIEW" "U1" ON ("U0"."ID" = "U1"."PRODUCT_ID")
  WHERE ("U0"."CATEGORY_ID" = "SHOP_CATEGORIES"."ID" AND "U1"."RATING" = :1)
)
params: [5]
