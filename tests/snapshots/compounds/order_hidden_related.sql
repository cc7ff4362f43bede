query: Product.objects.filter(stock=0).values("name").union(Product.objects.filter(price__lt=10).values("name")).order_by("category__name", "name")

[sqlite]
SELECT "shop_product"."name", "shop_categories"."name" AS "__orderbycol2"
FROM "shop_product"
INNER JOIN "shop_categories" ON ("shop_product"."category_id" = "shop_categories"."id")
WHERE "shop_product"."stock" = ?
UNION
SELECT "shop_product"."name", "shop_categories"."name" AS "__orderbycol2"
FROM "shop_product"
INNER JOIN "shop_categories" ON ("shop_product"."category_id" = "shop_categories"."id")
WHERE "shop_product"."price" < ?
ORDER BY 2 ASC, 1 ASC
params: [0, 10]

[postgresql]
(
  SELECT "shop_product"."name", "shop_categories"."name" AS "__orderbycol2"
  FROM "shop_product"
  INNER JOIN "shop_categories" ON ("shop_product"."category_id" = "shop_categories"."id")
  WHERE "shop_product"."stock" = $1
)
UNION
(
  SELECT "shop_product"."name", "shop_categories"."name" AS "__orderbycol2"
  FROM "shop_product"
  INNER JOIN "shop_categories" ON ("shop_product"."category_id" = "shop_categories"."id")
  WHERE "shop_product"."price" < $2
)
ORDER BY 2 ASC, 1 ASC
params: [0, 10]

[mysql]
(
  SELECT `shop_product`.`name`, `shop_categories`.`name` AS `__orderbycol2`
  FROM `shop_product`
  INNER JOIN `shop_categories` ON (`shop_product`.`category_id` = `shop_categories`.`id`)
  WHERE `shop_product`.`stock` = ?
)
UNION
(
  SELECT `shop_product`.`name`, `shop_categories`.`name` AS `__orderbycol2`
  FROM `shop_product`
  INNER JOIN `shop_categories` ON (`shop_product`.`category_id` = `shop_categories`.`id`)
  WHERE `shop_product`.`price` < ?
)
ORDER BY 2 ASC, 1 ASC
params: [0, 10]

[oracle]
(
  SELECT "SHOP_PRODUCT"."NAME", "SHOP_CATEGORIES"."NAME" AS "__ORDERBYCOL2"
  FROM "SHOP_PRODUCT"
  INNER JOIN "SHOP_CATEGORIES" ON ("SHOP_PRODUCT"."CATEGORY_ID" = "SHOP_CATEGORIES"."ID")
  WHERE "SHOP_PRODUCT"."STOCK" = :1
)
UNION
(
  SELECT "SHOP_PRODUCT"."NAME", "SHOP_CATEGORIES"."NAME" AS "__ORDERBYCOL2"
  FROM "SHOP_PRODUCT"
  INNER JOIN "SHOP_CATEGORIES" ON ("SHOP_PRODUCT"."CATEGORY_ID" = "SHOP_CATEGORIES"."ID")
  WHERE "SHOP_PRODUCT"."PRICE" < :2
)
ORDER BY 2 ASC, 1 ASC
params: [0, 10]
