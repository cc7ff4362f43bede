query: Tag.objects.filter(Q(weight__lt=0) & ~Q(pk__in=[])).delete()

[sqlite]
DELETE FROM "shop_product_tags"
WHERE "shop_product_tags"."tag_id" IN (
  SELECT "shop_tag"."id"
  FROM "shop_tag"
  WHERE "shop_tag"."weight" < ?
)
params: [0]

DELETE FROM "shop_tag"
WHERE "shop_tag"."weight" < ?
params: [0]

[postgresql]
DELETE FROM "shop_product_tags"
WHERE "shop_product_tags"."tag_id" IN (
  SELECT "shop_tag"."id"
  FROM "shop_tag"
  WHERE "shop_tag"."weight" < $1
)
params: [0]

DELETE FROM "shop_tag"
WHERE "shop_tag"."weight" < $1
params: [0]

[mysql]
DELETE FROM `shop_product_tags`
WHERE `shop_product_tags`.`tag_id` IN (
  SELECT *
  FROM (
    SELECT `shop_tag`.`id`
    FROM `shop_tag`
    WHERE `shop_tag`.`weight` < ?
  ) subquery
)
params: [0]

DELETE FROM `shop_tag`
WHERE `shop_tag`.`weight` < ?
params: [0]

[oracle]
DELETE FROM "SHOP_PRODUCT_TAGS"
WHERE "SHOP_PRODUCT_TAGS"."TAG_ID" IN (
  SELECT "SHOP_TAG"."ID"
  FROM "SHOP_TAG"
  WHERE "SHOP_TAG"."WEIGHT" < :1
)
params: [0]

DELETE FROM "SHOP_TAG"
WHERE "SHOP_TAG"."WEIGHT" < :1
params: [0]
