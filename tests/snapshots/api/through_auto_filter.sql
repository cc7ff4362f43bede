query: Product.tags.through.objects.filter(tag__name__startswith="a").values("product_id", "tag__weight")

[sqlite]
SELECT "shop_product_tags"."product_id", "shop_tag"."weight"
FROM "shop_product_tags"
INNER JOIN "shop_tag" ON ("shop_product_tags"."tag_id" = "shop_tag"."id")
WHERE "shop_tag"."name" GLOB ?
params: ["a*"]

[postgresql]
SELECT "shop_product_tags"."product_id", "shop_tag"."weight"
FROM "shop_product_tags"
INNER JOIN "shop_tag" ON ("shop_product_tags"."tag_id" = "shop_tag"."id")
WHERE "shop_tag"."name" LIKE $1
params: ["a%"]

[mysql]
SELECT `shop_product_tags`.`product_id`, `shop_tag`.`weight`
FROM `shop_product_tags`
INNER JOIN `shop_tag` ON (`shop_product_tags`.`tag_id` = `shop_tag`.`id`)
WHERE `shop_tag`.`name` LIKE BINARY ?
params: ["a%"]

[oracle]
SELECT "SHOP_PRODUCT_TAGS"."PRODUCT_ID", "SHOP_TAG"."WEIGHT"
FROM "SHOP_PRODUCT_TAGS"
INNER JOIN "SHOP_TAG" ON ("SHOP_PRODUCT_TAGS"."TAG_ID" = "SHOP_TAG"."ID")
WHERE "SHOP_TAG"."NAME" LIKE :1 ESCAPE '\'
params: ["a%"]
