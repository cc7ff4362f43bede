query: Product.objects.annotate(tag_count=Count("tags", distinct=True), review_count=Count("reviews", distinct=True)).values_list("id", "tag_count", "review_count")

[sqlite]
SELECT "shop_product"."id", COUNT(DISTINCT "shop_product_tags"."tag_id") AS "tag_count", COUNT(DISTINCT "shop_review"."id") AS "review_count"
FROM "shop_product"
LEFT OUTER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id")
LEFT OUTER JOIN "shop_review" ON ("shop_product"."id" = "shop_review"."product_id")
GROUP BY "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
params: []

[postgresql]
SELECT "shop_product"."id", COUNT(DISTINCT "shop_product_tags"."tag_id") AS "tag_count", COUNT(DISTINCT "shop_review"."id") AS "review_count"
FROM "shop_product"
LEFT OUTER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id")
LEFT OUTER JOIN "shop_review" ON ("shop_product"."id" = "shop_review"."product_id")
GROUP BY "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
params: []

[mysql]
SELECT `shop_product`.`id`, COUNT(DISTINCT `shop_product_tags`.`tag_id`) AS `tag_count`, COUNT(DISTINCT `shop_review`.`id`) AS `review_count`
FROM `shop_product`
LEFT OUTER JOIN `shop_product_tags` ON (`shop_product`.`id` = `shop_product_tags`.`product_id`)
LEFT OUTER JOIN `shop_review` ON (`shop_product`.`id` = `shop_review`.`product_id`)
GROUP BY `shop_product`.`id`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", COUNT(DISTINCT "SHOP_PRODUCT_TAGS"."TAG_ID") AS "TAG_COUNT", COUNT(DISTINCT "SHOP_REVIEW"."ID") AS "REVIEW_COUNT"
FROM "SHOP_PRODUCT"
LEFT OUTER JOIN "SHOP_PRODUCT_TAGS" ON ("SHOP_PRODUCT"."ID" = "SHOP_PRODUCT_TAGS"."PRODUCT_ID")
LEFT OUTER JOIN "SHOP_REVIEW" ON ("SHOP_PRODUCT"."ID" = "SHOP_REVIEW"."PRODUCT_ID")
GROUP BY "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."SKU", "SHOP_PRODUCT"."DESCRIPTION", "SHOP_PRODUCT"."CATEGORY_ID", "SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST", "SHOP_PRODUCT"."WEIGHT", "SHOP_PRODUCT"."STOCK", "SHOP_PRODUCT"."ACTIVE", "SHOP_PRODUCT"."RELEASED", "SHOP_PRODUCT"."CREATED"
params: []
