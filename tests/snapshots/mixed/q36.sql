query: Product.objects.annotate(good=Count("reviews", filter=Q(reviews__rating__gte=4))).values_list("id", "good")

[sqlite]
SELECT "shop_product"."id", COUNT("shop_review"."id") FILTER (WHERE "shop_review"."rating" >= ?) AS "good"
FROM "shop_product"
LEFT OUTER JOIN "shop_review" ON ("shop_product"."id" = "shop_review"."product_id")
GROUP BY "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
params: [4]

[postgresql]
SELECT "shop_product"."id", COUNT("shop_review"."id") FILTER (WHERE "shop_review"."rating" >= $1) AS "good"
FROM "shop_product"
LEFT OUTER JOIN "shop_review" ON ("shop_product"."id" = "shop_review"."product_id")
GROUP BY "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
params: [4]

[mysql]
SELECT `shop_product`.`id`, COUNT(CASE WHEN `shop_review`.`rating` >= ? THEN `shop_review`.`id` ELSE NULL END) AS `good`
FROM `shop_product`
LEFT OUTER JOIN `shop_review` ON (`shop_product`.`id` = `shop_review`.`product_id`)
GROUP BY `shop_product`.`id`
params: [4]

[oracle]
SELECT "SHOP_PRODUCT"."ID", COUNT(CASE WHEN "SHOP_REVIEW"."RATING" >= :1 THEN "SHOP_REVIEW"."ID" ELSE NULL END) AS "GOOD"
FROM "SHOP_PRODUCT"
LEFT OUTER JOIN "SHOP_REVIEW" ON ("SHOP_PRODUCT"."ID" = "SHOP_REVIEW"."PRODUCT_ID")
GROUP BY "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."SKU", "SHOP_PRODUCT"."DESCRIPTION", "SHOP_PRODUCT"."CATEGORY_ID", "SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST", "SHOP_PRODUCT"."WEIGHT", "SHOP_PRODUCT"."STOCK", "SHOP_PRODUCT"."ACTIVE", "SHOP_PRODUCT"."RELEASED", "SHOP_PRODUCT"."CREATED"
params: [4]
