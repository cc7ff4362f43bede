query: Product.objects.filter(stock=0).values_list("id", "name").union(Product.objects.filter(price__lt=10).values_list("id", "name")).order_by("-price", "id")

[sqlite]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."price" AS "__orderbycol3"
FROM "shop_product"
WHERE "shop_product"."stock" = ?
UNION
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."price" AS "__orderbycol3"
FROM "shop_product"
WHERE "shop_product"."price" < ?
ORDER BY 3 DESC, 1 ASC
params: [0, 10]

[postgresql]
(
  SELECT "shop_product"."id", "shop_product"."name", "shop_product"."price" AS "__orderbycol3"
  FROM "shop_product"
  WHERE "shop_product"."stock" = $1
)
UNION
(
  SELECT "shop_product"."id", "shop_product"."name", "shop_product"."price" AS "__orderbycol3"
  FROM "shop_product"
  WHERE "shop_product"."price" < $2
)
ORDER BY 3 DESC, 1 ASC
params: [0, 10]

[mysql]
(
  SELECT `shop_product`.`id`, `shop_product`.`name`, `shop_product`.`price` AS `__orderbycol3`
  FROM `shop_product`
  WHERE `shop_product`.`stock` = ?
)
UNION
(
  SELECT `shop_product`.`id`, `shop_product`.`name`, `shop_product`.`price` AS `__orderbycol3`
  FROM `shop_product`
  WHERE `shop_product`.`price` < ?
)
ORDER BY 3 DESC, 1 ASC
params: [0, 10]

[oracle]
(
  SELECT "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."PRICE" AS "__ORDERBYCOL3"
  FROM "SHOP_PRODUCT"
  WHERE "SHOP_PRODUCT"."STOCK" = :1
)
UNION
(
  SELECT "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."PRICE" AS "__ORDERBYCOL3"
  FROM "SHOP_PRODUCT"
  WHERE "SHOP_PRODUCT"."PRICE" < :2
)
ORDER BY 3 DESC, 1 ASC
params: [0, 10]
