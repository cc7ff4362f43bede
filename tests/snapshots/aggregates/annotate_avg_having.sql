query: Product.objects.annotate(avg_rating=Avg("reviews__rating")).filter(avg_rating__gte=4)

[sqlite]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created", AVG("shop_review"."rating") AS "avg_rating"
FROM "shop_product"
LEFT OUTER JOIN "shop_review" ON ("shop_product"."id" = "shop_review"."product_id")
GROUP BY "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
HAVING AVG("shop_review"."rating") >= ?
params: [4]

[postgresql]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created", AVG("shop_review"."rating") AS "avg_rating"
FROM "shop_product"
LEFT OUTER JOIN "shop_review" ON ("shop_product"."id" = "shop_review"."product_id")
GROUP BY "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
HAVING AVG("shop_review"."rating") >= $1
params: [4]

[mysql]
SELECT `shop_product`.`id`, `shop_product`.`name`, `shop_product`.`sku`, `shop_product`.`description`, `shop_product`.`category_id`, `shop_product`.`price`, `shop_product`.`cost`, `shop_product`.`weight`, `shop_product`.`stock`, `shop_product`.`active`, `shop_product`.`released`, `shop_product`.`created`, AVG(`shop_review`.`rating`) AS `avg_rating`
FROM `shop_product`
LEFT OUTER JOIN `shop_review` ON (`shop_product`.`id` = `shop_review`.`product_id`)
GROUP BY `shop_product`.`id`
HAVING AVG(`shop_review`.`rating`) >= ?
params: [4]

[oracle]
SELECT "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."SKU", "SHOP_PRODUCT"."DESCRIPTION", "SHOP_PRODUCT"."CATEGORY_ID", "SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST", "SHOP_PRODUCT"."WEIGHT", "SHOP_PRODUCT"."STOCK", "SHOP_PRODUCT"."ACTIVE", "SHOP_PRODUCT"."RELEASED", "SHOP_PRODUCT"."CREATED", AVG("SHOP_REVIEW"."RATING") AS "AVG_RATING"
FROM "SHOP_PRODUCT"
LEFT OUTER JOIN "SHOP_REVIEW" ON ("SHOP_PRODUCT"."ID" = "SHOP_REVIEW"."PRODUCT_ID")
GROUP BY "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."SKU", "SHOP_PRODUCT"."DESCRIPTION", "SHOP_PRODUCT"."CATEGORY_ID", "SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST", "SHOP_PRODUCT"."WEIGHT", "SHOP_PRODUCT"."STOCK", "SHOP_PRODUCT"."ACTIVE", "SHOP_PRODUCT"."RELEASED", "SHOP_PRODUCT"."CREATED"
HAVING AVG("SHOP_REVIEW"."RATING") >= :1
params: [4]
