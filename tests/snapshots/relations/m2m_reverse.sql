query: Tag.objects.filter(products__price__gt=500).distinct()

[sqlite]
SELECT DISTINCT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
FROM "shop_tag"
INNER JOIN "shop_product_tags" ON ("shop_tag"."id" = "shop_product_tags"."tag_id")
INNER JOIN "shop_product" ON ("shop_product_tags"."product_id" = "shop_product"."id")
WHERE "shop_product"."price" > ?
params: [500]

[postgresql]
SELECT DISTINCT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
FROM "shop_tag"
INNER JOIN "shop_product_tags" ON ("shop_tag"."id" = "shop_product_tags"."tag_id")
INNER JOIN "shop_product" ON ("shop_product_tags"."product_id" = "shop_product"."id")
WHERE "shop_product"."price" > $1
params: [500]

[mysql]
SELECT DISTINCT `shop_tag`.`id`, `shop_tag`.`name`, `shop_tag`.`weight`
FROM `shop_tag`
INNER JOIN `shop_product_tags` ON (`shop_tag`.`id` = `shop_product_tags`.`tag_id`)
INNER JOIN `shop_product` ON (`shop_product_tags`.`product_id` = `shop_product`.`id`)
WHERE `shop_product`.`price` > ?
params: [500]

[oracle]
SELECT DISTINCT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT"
FROM "SHOP_TAG"
INNER JOIN "SHOP_PRODUCT_TAGS" ON ("SHOP_TAG"."ID" = "SHOP_PRODUCT_TAGS"."TAG_ID")
INNER JOIN "SHOP_PRODUCT" ON ("SHOP_PRODUCT_TAGS"."PRODUCT_ID" = "SHOP_PRODUCT"."ID")
WHERE "SHOP_PRODUCT"."PRICE" > :1
params: [500]
