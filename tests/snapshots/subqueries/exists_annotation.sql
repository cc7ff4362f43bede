query: Product.objects.annotate(reviewed=Exists(Review.objects.filter(product=OuterRef("pk")))).values_list("id", "reviewed")

[sqlite]
SELECT "shop_product"."id", EXISTS(
  SELECT 1 AS "a"
  FROM "shop_review" "U0"
  WHERE "U0"."product_id" = "shop_product"."id"
) AS "reviewed"
FROM "shop_product"
params: []

[postgresql]
SELECT "shop_product"."id", EXISTS(
  SELECT 1 AS "a"
  FROM "shop_review" "U0"
  WHERE "U0"."product_id" = "shop_product"."id"
) AS "reviewed"
FROM "shop_product"
params: []

[mysql]
SELECT `shop_product`.`id`, EXISTS(
  SELECT 1 AS `a`
  FROM `shop_review` `U0`
  WHERE `U0`.`product_id` = `shop_product`.`id`
) AS `reviewed`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", CASE WHEN EXISTS(
  SELECT 1 AS "A"
  FROM "SHOP_REVIEW" "U0"
  WHERE "U0"."PRODUCT_ID" = "SHOP_PRODUCT"."ID"
) THEN 1 ELSE 0 END AS "REVIEWED"
FROM "SHOP_PRODUCT"
params: []
