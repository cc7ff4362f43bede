query: Tag.objects.filter(id=1).union(Tag.objects.filter(id=2), Tag.objects.filter(id=3)).order_by("-id")

[sqlite]
SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
FROM "shop_tag"
WHERE "shop_tag"."id" = ?
UNION
SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
FROM "shop_tag"
WHERE "shop_tag"."id" = ?
UNION
SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
FROM "shop_tag"
WHERE "shop_tag"."id" = ?
ORDER BY 1 DESC
params: [1, 2, 3]

[postgresql]
(
  SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
  FROM "shop_tag"
  WHERE "shop_tag"."id" = $1
)
UNION
(
  SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
  FROM "shop_tag"
  WHERE "shop_tag"."id" = $2
)
UNION
(
  SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
  FROM "shop_tag"
  WHERE "shop_tag"."id" = $3
)
ORDER BY 1 DESC
params: [1, 2, 3]

[mysql]
(
  SELECT `shop_tag`.`id`, `shop_tag`.`name`, `shop_tag`.`weight`
  FROM `shop_tag`
  WHERE `shop_tag`.`id` = ?
)
UNION
(
  SELECT `shop_tag`.`id`, `shop_tag`.`name`, `shop_tag`.`weight`
  FROM `shop_tag`
  WHERE `shop_tag`.`id` = ?
)
UNION
(
  SELECT `shop_tag`.`id`, `shop_tag`.`name`, `shop_tag`.`weight`
  FROM `shop_tag`
  WHERE `shop_tag`.`id` = ?
)
ORDER BY 1 DESC
params: [1, 2, 3]

[oracle]
(
  SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT"
  FROM "SHOP_TAG"
  WHERE "SHOP_TAG"."ID" = :1
)
UNION
(
  SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT"
  FROM "SHOP_TAG"
  WHERE "SHOP_TAG"."ID" = :2
)
UNION
(
  SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT"
  FROM "SHOP_TAG"
  WHERE "SHOP_TAG"."ID" = :3
)
ORDER BY 1 DESC
params: [1, 2, 3]
