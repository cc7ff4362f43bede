query: Tag.objects.values_list("name").union(Category.objects.values_list("name")).order_by("name")

[sqlite]
SELECT "shop_tag"."name"
FROM "shop_tag"
UNION
SELECT "shop_categories"."name"
FROM "shop_categories"
ORDER BY 1 ASC
params: []

[postgresql]
(
  SELECT "shop_tag"."name"
  FROM "shop_tag"
)
UNION
(
  SELECT "shop_categories"."name"
  FROM "shop_categories"
)
ORDER BY 1 ASC
params: []

[mysql]
(
  SELECT `shop_tag`.`name`
  FROM `shop_tag`
)
UNION
(
  SELECT `shop_categories`.`name`
  FROM `shop_categories`
)
ORDER BY 1 ASC
params: []

[oracle]
(
  SELECT "SHOP_TAG"."NAME"
  FROM "SHOP_TAG"
)
UNION
(
  SELECT "SHOP_CATEGORIES"."NAME"
  FROM "SHOP_CATEGORIES"
)
ORDER BY 1 ASC
params: []
