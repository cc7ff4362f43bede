query: Tag.objects.filter(id__gt=3).union(Tag.objects.filter(id__lt=2)).first()

[sqlite]
SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
FROM "shop_tag"
WHERE "shop_tag"."id" > ?
UNION
SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
FROM "shop_tag"
WHERE "shop_tag"."id" < ?
ORDER BY 1 ASC
LIMIT 1
params: [3, 2]

[postgresql]
(
  SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
  FROM "shop_tag"
  WHERE "shop_tag"."id" > $1
)
UNION
(
  SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
  FROM "shop_tag"
  WHERE "shop_tag"."id" < $2
)
ORDER BY 1 ASC
LIMIT 1
params: [3, 2]

[mysql]
(
  SELECT `shop_tag`.`id`, `shop_tag`.`name`, `shop_tag`.`weight`
  FROM `shop_tag`
  WHERE `shop_tag`.`id` > ?
)
UNION
(
  SELECT `shop_tag`.`id`, `shop_tag`.`name`, `shop_tag`.`weight`
  FROM `shop_tag`
  WHERE `shop_tag`.`id` < ?
)
ORDER BY 1 ASC
LIMIT 1
params: [3, 2]

[oracle]
(
  SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT"
  FROM "SHOP_TAG"
  WHERE "SHOP_TAG"."ID" > :1
)
UNION
(
  SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT"
  FROM "SHOP_TAG"
  WHERE "SHOP_TAG"."ID" < :2
)
ORDER BY 1 ASC
FETCH FIRST 1 ROWS ONLY
params: [3, 2]
