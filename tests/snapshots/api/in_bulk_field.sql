query: Tag.objects.in_bulk(["red", "blue"], field_name="name")

[sqlite]
SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
FROM "shop_tag"
WHERE "shop_tag"."name" IN (?, ?)
params: ["red", "blue"]

[postgresql]
SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
FROM "shop_tag"
WHERE "shop_tag"."name" IN ($1, $2)
params: ["red", "blue"]

[mysql]
SELECT `shop_tag`.`id`, `shop_tag`.`name`, `shop_tag`.`weight`
FROM `shop_tag`
WHERE `shop_tag`.`name` IN (BINARY ?, BINARY ?)
params: ["red", "blue"]

[oracle]
SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT"
FROM "SHOP_TAG"
WHERE "SHOP_TAG"."NAME" IN (:1, :2)
params: ["red", "blue"]
