query: Product.objects.filter(id__in=Subquery(Review.objects.filter(rating__gte=4).values("product"))).values_list("id", flat=True)

[sqlite]
SELECT "shop_product"."id"
FROM "shop_product"
WHERE "shop_product"."id" IN (
  SELECT "U0"."product_id"
  FROM "shop_review" "U0"
  WHERE "U0"."rating" >= ?
)
params: [4]

[postgresql]
SELECT "shop_product"."id"
FROM "shop_product"
WHERE "shop_product"."id" IN (
  SELECT "U0"."product_id"
  FROM "shop_review" "U0"
  WHERE "U0"."rating" >= $1
)
params: [4]

[mysql]
SELECT `shop_product`.`id`
FROM `shop_product`
WHERE `shop_product`.`id` IN (
  SELECT `U0`.`product_id`
  FROM `shop_review` `U0`
  WHERE `U0`.`rating` >= ?
)
params: [4]

[oracle]
SELECT "SHOP_PRODUCT"."ID"
FROM "SHOP_PRODUCT"
WHERE "SHOP_PRODUCT"."ID" IN (
  SELECT "U0"."PRODUCT_ID"
  FROM "SHOP_REVIEW" "U0"
  WHERE "U0"."RATING" >= :1
)
params: [4]
