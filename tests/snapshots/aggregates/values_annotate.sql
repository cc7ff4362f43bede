query: Review.objects.values("product__category_id").annotate(avg=Avg("rating")).order_by("product__category_id")

[sqlite]
SELECT "shop_product"."category_id", AVG("shop_review"."rating") AS "avg"
FROM "shop_review"
INNER JOIN "shop_product" ON ("shop_review"."product_id" = "shop_product"."id")
GROUP BY "shop_product"."category_id"
ORDER BY "shop_product"."category_id" ASC
params: []

[postgresql]
SELECT "shop_product"."category_id", AVG("shop_review"."rating") AS "avg"
FROM "shop_review"
INNER JOIN "shop_product" ON ("shop_review"."product_id" = "shop_product"."id")
GROUP BY "shop_product"."category_id"
ORDER BY "shop_product"."category_id" ASC
params: []

[mysql]
SELECT `shop_product`.`category_id`, AVG(`shop_review`.`rating`) AS `avg`
FROM `shop_review`
INNER JOIN `shop_product` ON (`shop_review`.`product_id` = `shop_product`.`id`)
GROUP BY `shop_product`.`category_id`
ORDER BY `shop_product`.`category_id` ASC
params: []

[oracle]
SELECT "SHOP_PRODUCT"."CATEGORY_ID", AVG("SHOP_REVIEW"."RATING") AS "AVG"
FROM "SHOP_REVIEW"
INNER JOIN "SHOP_PRODUCT" ON ("SHOP_REVIEW"."PRODUCT_ID" = "SHOP_PRODUCT"."ID")
GROUP BY "SHOP_PRODUCT"."CATEGORY_ID"
ORDER BY "SHOP_PRODUCT"."CATEGORY_ID" ASC
params: []
