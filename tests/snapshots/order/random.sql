query: Tag.objects.order_by("?")

[sqlite]
SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
FROM "shop_tag"
ORDER BY RANDOM()
params: []

[postgresql]
SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
FROM "shop_tag"
ORDER BY RANDOM()
params: []

[mysql]
SELECT `shop_tag`.`id`, `shop_tag`.`name`, `shop_tag`.`weight`
FROM `shop_tag`
ORDER BY RAND()
params: []

[oracle]
SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT"
FROM "SHOP_TAG"
ORDER BY DBMS_RANDOM.VALUE
params: []
