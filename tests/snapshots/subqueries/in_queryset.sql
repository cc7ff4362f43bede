query: Review.objects.filter(product__in=Product.objects.filter(category__parent__name="Books"))

[sqlite]
SELECT "shop_review"."id", "shop_review"."product_id", "shop_review"."author_id", "shop_review"."rating", "shop_review"."title", "shop_review"."body", "shop_review"."created", "shop_review"."helpful", "shop_review"."verified"
FROM "shop_review"
WHERE "shop_review"."product_id" IN (
  SELECT "U0"."id"
  FROM "shop_product" "U0"
  INNER JOIN "shop_categories" "U1" ON ("U0"."category_id" = "U1"."id")
  INNER JOIN "shop_categories" "U2" ON ("U1"."parent_id" = "U2"."id")
  WHERE "U2"."name" = ?
)
params: ["Books"]

[postgresql]
SELECT "shop_review"."id", "shop_review"."product_id", "shop_review"."author_id", "shop_review"."rating", "shop_review"."title", "shop_review"."body", "shop_review"."created", "shop_review"."helpful", "shop_review"."verified"
FROM "shop_review"
WHERE "shop_review"."product_id" IN (
  SELECT "U0"."id"
  FROM "shop_product" "U0"
  INNER JOIN "shop_categories" "U1" ON ("U0"."category_id" = "U1"."id")
  INNER JOIN "shop_categories" "U2" ON ("U1"."parent_id" = "U2"."id")
  WHERE "U2"."name" = $1
)
params: ["Books"]

[mysql]
SELECT `shop_review`.`id`, `shop_review`.`product_id`, `shop_review`.`author_id`, `shop_review`.`rating`, `shop_review`.`title`, `shop_review`.`body`, `shop_review`.`created`, `shop_review`.`helpful`, `shop_review`.`verified`
FROM `shop_review`
WHERE `shop_review`.`product_id` IN (
  SELECT `U0`.`id`
  FROM `shop_product` `U0`
  INNER JOIN `shop_categories` `U1` ON (`U0`.`category_id` = `U1`.`id`)
  INNER JOIN `shop_categories` `U2` ON (`U1`.`parent_id` = `U2`.`id`)
  WHERE `U2`.`name` = BINARY ?
)
params: ["Books"]

[oracle]
SELECT "SHOP_REVIEW"."ID", "SHOP_REVIEW"."PRODUCT_ID", "SHOP_REVIEW"."AUTHOR_ID", "SHOP_REVIEW"."RATING", "SHOP_REVIEW"."TITLE", "SHOP_REVIEW"."BODY", "SHOP_REVIEW"."CREATED", "SHOP_REVIEW"."HELPFUL", "SHOP_REVIEW"."VERIFIED"
FROM "SHOP_REVIEW"
WHERE "SHOP_REVIEW"."PRODUCT_ID" IN (
  SELECT "U0"."ID"
  FROM "SHOP_PRODUCT" "U0"
  INNER JOIN "SHOP_CATEGORIES" "U1" ON ("U0"."CATEGORY_ID" = "U1"."ID")
  INNER JOIN "SHOP_CATEGORIES" "U2" ON ("U1"."PARENT_ID" = "U2"."ID")
  WHERE "U2"."NAME" = :1
)
params: ["Books"]
