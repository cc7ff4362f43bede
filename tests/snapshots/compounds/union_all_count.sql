query: Tag.objects.filter(id__lt=5).union(Tag.objects.filter(id__gt=3), all=True).count()

[sqlite]
SELECT COUNT(*) AS "__count"
FROM (
  SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
  FROM "shop_tag"
  WHERE "shop_tag"."id" < ?
  UNION ALL
  SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
  FROM "shop_tag"
  WHERE "shop_tag"."id" > ?
) "subquery"
params: [5, 3]

[postgresql]
SELECT COUNT(*) AS "__count"
FROM (
  (
    SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
    FROM "shop_tag"
    WHERE "shop_tag"."id" < $1
  )
  UNION ALL
  (
    SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
    FROM "shop_tag"
    WHERE "shop_tag"."id" > $2
  )
) "subquery"
params: [5, 3]

[mysql]
SELECT COUNT(*) AS `__count`
FROM (
  (
    SELECT `shop_tag`.`id`, `shop_tag`.`name`, `shop_tag`.`weight`
    FROM `shop_tag`
    WHERE `shop_tag`.`id` < ?
  )
  UNION ALL
  (
    SELECT `shop_tag`.`id`, `shop_tag`.`name`, `shop_tag`.`weight`
    FROM `shop_tag`
    WHERE `shop_tag`.`id` > ?
  )
) `subquery`
params: [5, 3]

[oracle]
SELECT COUNT(*) AS "__COUNT"
FROM (
  (
    SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT"
    FROM "SHOP_TAG"
    WHERE "SHOP_TAG"."ID" < :1
  )
  UNION ALL
  (
    SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT"
    FROM "SHOP_TAG"
    WHERE "SHOP_TAG"."ID" > :2
  )
) "SUBQUERY"
params: [5, 3]
