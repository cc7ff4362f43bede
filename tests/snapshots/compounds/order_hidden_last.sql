query: Product.objects.filter(stock=0).values_list("name", flat=True).union(Product.objects.filter(price__lt=10).values_list("name", flat=True)).order_by("-pk").last()

[sqlite]
SELECT "shop_product"."name", "shop_product"."id" AS "__orderbycol2"
FROM "shop_product"
WHERE "shop_product"."stock" = ?
UNION
SELECT "shop_product"."name", "shop_product"."id" AS "__orderbycol2"
FROM "shop_product"
WHERE "shop_product"."price" < ?
ORDER BY 2 ASC
LIMIT 1
params: [0, 10]

[postgresql]
(
  SELECT "shop_product"."name", "shop_product"."id" AS "__orderbycol2"
  FROM "shop_product"
  WHERE "shop_product"."stock" = $1
)
UNION
(
  SELECT "shop_product"."name", "shop_product"."id" AS "__orderbycol2"
  FROM "shop_product"
  WHERE "shop_product"."price" < $2
)
ORDER BY 2 ASC
LIMIT 1
params: [0, 10]

[mysql]
(
  SELECT `shop_product`.`name`, `shop_product`.`id` AS `__orderbycol2`
  FROM `shop_product`
  WHERE `shop_product`.`stock` = ?
)
UNION
(
  SELECT `shop_product`.`name`, `shop_product`.`id` AS `__orderbycol2`
  FROM `shop_product`
  WHERE `shop_product`.`price` < ?
)
ORDER BY 2 ASC
LIMIT 1
params: [0, 10]

[oracle]
(
  SELECT "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."ID" AS "__ORDERBYCOL2"
  FROM "SHOP_PRODUCT"
  WHERE "SHOP_PRODUCT"."STOCK" = :1
)
UNION
(
  SELECT "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."ID" AS "__ORDERBYCOL2"
  FROM "SHOP_PRODUCT"
  WHERE "SHOP_PRODUCT"."PRICE" < :2
)
ORDER BY 2 ASC
FETCH FIRST 1 ROWS ONLY
params: [0, 10]
