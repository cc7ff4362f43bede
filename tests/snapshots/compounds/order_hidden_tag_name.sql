query: Tag.objects.values_list("id").union(Tag.objects.values_list("id")).order_by("name")

[sqlite]
SELECT "shop_tag"."id", "shop_tag"."name" AS "__orderbycol2"
FROM "shop_tag"
UNION
SELECT "shop_tag"."id", "shop_tag"."name" AS "__orderbycol2"
FROM "shop_tag"
ORDER BY 2 ASC
params: []

[postgresql]
(
  SELECT "shop_tag"."id", "shop_tag"."name" AS "__orderbycol2"
  FROM "shop_tag"
)
UNION
(
  SELECT "shop_tag"."id", "shop_tag"."name" AS "__orderbycol2"
  FROM "shop_tag"
)
ORDER BY 2 ASC
params: []

[mysql]
(
  SELECT `shop_tag`.`id`, `shop_tag`.`name` AS `__orderbycol2`
  FROM `shop_tag`
)
UNION
(
  SELECT `shop_tag`.`id`, `shop_tag`.`name` AS `__orderbycol2`
  FROM `shop_tag`
)
ORDER BY 2 ASC
params: []

[oracle]
(
  SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME" AS "__ORDERBYCOL2"
  FROM "SHOP_TAG"
)
UNION
(
  SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME" AS "__ORDERBYCOL2"
  FROM "SHOP_TAG"
)
ORDER BY 2 ASC
params: []
