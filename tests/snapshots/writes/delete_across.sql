query: Review.objects.filter(product__category__name="Books").delete()

[sqlite]
DELETE FROM "shop_review"
WHERE "shop_review"."id" IN (
  SELECT "U0"."id"
  FROM "shop_review" "U0"
  INNER JOIN "shop_product" "U1" ON ("U0"."product_id" = "U1"."id")
  INNER JOIN "shop_categories" "U2" ON ("U1"."category_id" = "U2"."id")
  WHERE "U2"."name" = ?
)
params: ["Books"]

[postgresql]
DELETE FROM "shop_review"
WHERE "shop_review"."id" IN (
  SELECT "U0"."id"
  FROM "shop_review" "U0"
  INNER JOIN "shop_product" "U1" ON ("U0"."product_id" = "U1"."id")
  INNER JOIN "shop_categories" "U2" ON ("U1"."category_id" = "U2"."id")
  WHERE "U2"."name" = $1
)
params: ["Books"]

[mysql]
DELETE FROM `shop_review`
WHERE `shop_review`.`id` IN (
  SELECT *
  FROM (
    SELECT `U0`.`id`
    FROM `shop_review` `U0`
    INNER JOIN `shop_product` `U1` ON (`U0`.`product_id` = `U1`.`id`)
    INNER JOIN `shop_categories` `U2` ON (`U1`.`category_id` = `U2`.`id`)
    WHERE `U2`.`name` = BINARY ?
  ) subquery
)
params: ["Books"]

[oracle]
DELETE FROM "SHOP_REVIEW"
WHERE "SHOP_REVIEW"."ID" IN (
  SELECT "U0"."ID"
  FROM "SHOP_REVIEW" "U0"
  INNER JOIN "SHOP_PRODUCT" "U1" ON ("U0"."PRODUCT_ID" = "U1"."ID")
  INNER JOIN "SHOP_CATEGORIES" "U2" ON ("U1"."CATEGORY_ID" = "U2"."ID")
  WHERE "U2"."NAME" = :1
)
params: ["Books"]
