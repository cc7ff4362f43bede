query: Tag.objects.filter(id=1).union(Tag.objects.none()).order_by("id")

[sqlite]
SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
FROM "shop_tag"
WHERE "shop_tag"."id" = ?
ORDER BY 1 ASC
params: [1]

[postgresql]
(
  SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
  FROM "shop_tag"
  WHERE "shop_tag"."id" = $1
)
ORDER BY 1 ASC
params: [1]

[mysql]
(
  SELECT `shop_tag`.`id`, `shop_tag`.`name`, `shop_tag`.`weight`
  FROM `shop_tag`
  WHERE `shop_tag`.`id` = ?
)
ORDER BY 1 ASC
params: [1]

[oracle]
(
  SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT"
  FROM "SHOP_TAG"
  WHERE "SHOP_TAG"."ID" = :1
)
ORDER BY 1 ASC
params: [1]
