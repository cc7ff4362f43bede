query: Product.objects.filter(stock=0).values_list("name", flat=True).union(Product.objects.filter(price__lt=10).values_list("name", flat=True)).order_by("price").count()

[sqlite]
SELECT COUNT(*) AS "__count"
FROM (
  SELECT "shop_product"."name"
  FROM "shop_product"
  WHERE "shop_product"."stock" = ?
  UNION
  SELECT "shop_product"."name"
  FROM "shop_product"
  WHERE "shop_product"."price" < ?
) "subquery"
params: [0, 10]

[postgresql]
SELECT COUNT(*) AS "__count"
FROM (
  (
    SELECT "shop_product"."name"
    FROM "shop_product"
    WHERE "shop_product"."stock" = $1
  )
  UNION
  (
    SELECT "shop_product"."name"
    FROM "shop_product"
    WHERE "shop_product"."price" < $2
  )
) "subquery"
params: [0, 10]

[mysql]
SELECT COUNT(*) AS `__count`
FROM (
  (
    SELECT `shop_product`.`name`
    FROM `shop_product`
    WHERE `shop_product`.`stock` = ?
  )
  UNION
  (
    SELECT `shop_product`.`name`
    FROM `shop_product`
    WHERE `shop_product`.`price` < ?
  )
) `subquery`
params: [0, 10]

[oracle]
SELECT COUNT(*) AS "__COUNT"
FROM (
  (
    SELECT "SHOP_PRODUCT"."NAME"
    FROM "SHOP_PRODUCT"
    WHERE "SHOP_PRODUCT"."STOCK" = :1
  )
  UNION
  (
    SELECT "SHOP_PRODUCT"."NAME"
    FROM "SHOP_PRODUCT"
    WHERE "SHOP_PRODUCT"."PRICE" < :2
  )
) "SUBQUERY"
params: [0, 10]
