query: Product.objects.filter(id__lt=3).union(Product.objects.filter(id__gt=30)).values_list("name", flat=True).order_by("name")

[sqlite]
SELECT "shop_product"."name"
FROM "shop_product"
WHERE "shop_product"."id" < ?
UNION
SELECT "shop_product"."name"
FROM "shop_product"
WHERE "shop_product"."id" > ?
ORDER BY 1 ASC
params: [3, 30]

[postgresql]
(
  SELECT "shop_product"."name"
  FROM "shop_product"
  WHERE "shop_product"."id" < $1
)
UNION
(
  SELECT "shop_product"."name"
  FROM "shop_product"
  WHERE "shop_product"."id" > $2
)
ORDER BY 1 ASC
params: [3, 30]

[mysql]
(
  SELECT `shop_product`.`name`
  FROM `shop_product`
  WHERE `shop_product`.`id` < ?
)
UNION
(
  SELECT `shop_product`.`name`
  FROM `shop_product`
  WHERE `shop_product`.`id` > ?
)
ORDER BY 1 ASC
params: [3, 30]

[oracle]
(
  SELECT "SHOP_PRODUCT"."NAME"
  FROM "SHOP_PRODUCT"
  WHERE "SHOP_PRODUCT"."ID" < :1
)
UNION
(
  SELECT "SHOP_PRODUCT"."NAME"
  FROM "SHOP_PRODUCT"
  WHERE "SHOP_PRODUCT"."ID" > :2
)
ORDER BY 1 ASC
params: [3, 30]
