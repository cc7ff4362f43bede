query: Product.objects.filter(reviews__rating=5).values("name").annotate(n=Count("reviews"))

[sqlite]
SELECT "shop_product"."name", COUNT("shop_review"."id") AS "n"
FROM "shop_product"
INNER JOIN "shop_review" ON ("shop_product"."id" = "shop_review"."product_id")
WHERE "shop_review"."rating" = ?
GROUP BY "shop_product"."name"
params: [5]

[postgresql]
SELECT "shop_product"."name", COUNT("shop_review"."id") AS "n"
FROM "shop_product"
INNER JOIN "shop_review" ON ("shop_product"."id" = "shop_review"."product_id")
WHERE "shop_review"."rating" = $1
GROUP BY "shop_product"."name"
params: [5]

[mysql]
SELECT `shop_product`.`name`, COUNT(`shop_review`.`id`) AS `n`
FROM `shop_product`
INNER JOIN `shop_review` ON (`shop_product`.`id` = `shop_review`.`product_id`)
WHERE `shop_review`.`rating` = ?
GROUP BY `shop_product`.`name`
params: [5]

[oracle]
SELECT "SHOP_PRODUCT"."NAME", COUNT("SHOP_REVIEW"."ID") AS "N"
FROM "SHOP_PRODUCT"
INNER JOIN "SHOP_REVIEW" ON ("SHOP_PRODUCT"."ID" = "SHOP_REVIEW"."PRODUCT_ID")
WHERE "SHOP_REVIEW"."RATING" = :1
GROUP BY "SHOP_PRODUCT"."NAME"
params: [5]
