query: Product.objects.get(pk=2).tags.order_by("name")

[sqlite]
SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
FROM "shop_tag"
INNER JOIN "shop_product_tags" ON ("shop_tag"."id" = "shop_product_tags"."tag_id")
WHERE "shop_product_tags"."product_id" = ?
ORDER BY "shop_tag"."name" ASC
params: [2]

[postgresql]
SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
FROM "shop_tag"
INNER JOIN "shop_product_tags" ON ("shop_tag"."id" = "shop_product_tags"."tag_id")
WHERE "shop_product_tags"."product_id" = $1
ORDER BY "shop_tag"."name" ASC
params: [2]

[mysql]
SELECT `shop_tag`.`id`, `shop_tag`.`name`, `shop_tag`.`weight`
FROM `shop_tag`
INNER JOIN `shop_product_tags` ON (`shop_tag`.`id` = `shop_product_tags`.`tag_id`)
WHERE `shop_product_tags`.`product_id` = ?
ORDER BY `shop_tag`.`name` ASC
params: [2]

[oracle]
SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT"
FROM "SHOP_TAG"
INNER JOIN "SHOP_PRODUCT_TAGS" ON ("SHOP_TAG"."ID" = "SHOP_PRODUCT_TAGS"."TAG_ID")
WHERE "SHOP_PRODUCT_TAGS"."PRODUCT_ID" = :1
ORDER BY "SHOP_TAG"."NAME" ASC
params: [2]
