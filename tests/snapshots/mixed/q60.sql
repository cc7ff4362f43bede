query: Tag.objects.annotate(n=Count("products")).order_by("-n", "name")[:5]

[sqlite]
SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight", COUNT("shop_product_tags"."product_id") AS "n"
FROM "shop_tag"
LEFT OUTER JOIN "shop_product_tags" ON ("shop_tag"."id" = "shop_product_tags"."tag_id")
GROUP BY "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
ORDER BY "n" DESC, "shop_tag"."name" ASC
LIMIT 5
params: []

[postgresql]
SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight", COUNT("shop_product_tags"."product_id") AS "n"
FROM "shop_tag"
LEFT OUTER JOIN "shop_product_tags" ON ("shop_tag"."id" = "shop_product_tags"."tag_id")
GROUP BY "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
ORDER BY "n" DESC, "shop_tag"."name" ASC
LIMIT 5
params: []

[mysql]
SELECT `shop_tag`.`id`, `shop_tag`.`name`, `shop_tag`.`weight`, COUNT(`shop_product_tags`.`product_id`) AS `n`
FROM `shop_tag`
LEFT OUTER JOIN `shop_product_tags` ON (`shop_tag`.`id` = `shop_product_tags`.`tag_id`)
GROUP BY `shop_tag`.`id`
ORDER BY `n` DESC, `shop_tag`.`name` ASC
LIMIT 5
params: []

[oracle]
SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT", COUNT("SHOP_PRODUCT_TAGS"."PRODUCT_ID") AS "N"
FROM "SHOP_TAG"
LEFT OUTER JOIN "SHOP_PRODUCT_TAGS" ON ("SHOP_TAG"."ID" = "SHOP_PRODUCT_TAGS"."TAG_ID")
GROUP BY "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT"
ORDER BY "N" DESC, "SHOP_TAG"."NAME" ASC
FETCH FIRST 5 ROWS ONLY
params: []
