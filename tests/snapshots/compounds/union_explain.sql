query: Tag.objects.filter(weight=1).union(Tag.objects.filter(weight=2)).order_by("name")[:2].explain()

[sqlite]
EXPLAIN QUERY PLAN
SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
FROM "shop_tag"
WHERE "shop_tag"."weight" = ?
UNION
SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
FROM "shop_tag"
WHERE "shop_tag"."weight" = ?
ORDER BY 2 ASC
LIMIT 2
params: [1, 2]

[postgresql]
EXPLAIN (
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
ORDER BY 2 ASC
LIMIT 2
params: [1, 2]

[mysql]
EXPLAIN (
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
ORDER BY 2 ASC
LIMIT 2
params: [1, 2]

[oracle]
error[unsupported]: oracle does not support explain()
 --> line 1, column 87
  | Tag.objects.filter(weight=1).union(Tag.objects.filter(weight=2)).order_by("name")[:2].explain()
  |                                                                                       ^^^^^^^
