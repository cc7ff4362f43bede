query: Tag.objects.filter(weight=1).union(Tag.objects.filter(weight=3)).iterator()

[sqlite]
SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
FROM "shop_tag"
WHERE "shop_tag"."weight" = ?
UNION
SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
FROM "shop_tag"
WHERE "shop_tag"."weight" = ?
params: [1, 3]

[postgresql]
(
  SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
  FROM "shop_tag"
  WHERE "shop_tag"."weight" = $1
)
UNION
(
  SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
  FROM "shop_tag"
  WHERE "shop_tag"."weight" = $2
)
params: [1, 3]

[mysql]
(
  SELECT `shop_tag`.`id`, `shop_tag`.`name`, `shop_tag`.`weight`
  FROM `shop_tag`
  WHERE `shop_tag`.`weight` = ?
)
UNION
(
  SELECT `shop_tag`.`id`, `shop_tag`.`name`, `shop_tag`.`weight`
  FROM `shop_tag`
  WHERE `shop_tag`.`weight` = ?
)
params: [1, 3]

[oracle]
(
  SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT"
  FROM "SHOP_TAG"
  WHERE "SHOP_TAG"."WEIGHT" = :1
)
UNION
(
  SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT"
  FROM "SHOP_TAG"
  WHERE "SHOP_TAG"."WEIGHT" = :2
)
params: [1, 3]
