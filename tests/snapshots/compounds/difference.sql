query: Tag.objects.filter(id__lt=6).difference(Tag.objects.filter(id__gt=3)).order_by("id")

[sqlite]
SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
FROM "shop_tag"
WHERE "shop_tag"."id" < ?
EXCEPT
SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
FROM "shop_tag"
WHERE "shop_tag"."id" > ?
ORDER BY 1 ASC
params: [6, 3]

[postgresql]
(
  SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
  FROM "shop_tag"
  WHERE "shop_tag"."id" < $1
)
EXCEPT
(
  SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
  FROM "shop_tag"
  WHERE "shop_tag"."id" > $2
)
ORDER BY 1 ASC
params: [6, 3]

[mysql]
error[unsupported]: mysql does not support difference()
 --> line 1, column 30
  | Tag.objects.filter(id__lt=6).difference(Tag.objects.filter(id__gt=3)).order_by("id")
  |                              ^^^^^^^^^^

[oracle]
(
  SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT"
  FROM "SHOP_TAG"
  WHERE "SHOP_TAG"."ID" < :1
)
MINUS
(
  SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT"
  FROM "SHOP_TAG"
  WHERE "SHOP_TAG"."ID" > :2
)
ORDER BY 1 ASC
params: [6, 3]
