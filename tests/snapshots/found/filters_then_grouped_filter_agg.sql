query: Tag.objects.filter(products__stock__gte=-1).filter(products__reviews__verified=True).values("id", "weight").annotate(a1=Avg("products__category__id", filter=Q(weight__range=(-1, 0))))

[sqlite]
SELECT "shop_tag"."id", "shop_tag"."weight", AVG("T5"."category_id") FILTER (WHERE "shop_tag"."weight" BETWEEN ? AND ?) AS "a1"
FROM "shop_tag"
INNER JOIN "shop_product_tags" ON ("shop_tag"."id" = "shop_product_tags"."tag_id")
INNER JOIN "shop_product" ON ("shop_product_tags"."product_id" = "shop_product"."id")
INNER JOIN "shop_product_tags" "T4" ON ("shop_tag"."id" = "T4"."tag_id")
INNER JOIN "shop_product" "T5" ON ("T4"."product_id" = "T5"."id")
INNER JOIN "shop_review" ON ("T5"."id" = "shop_review"."product_id")
WHERE ("shop_product"."stock" >= ? AND "shop_review"."verified")
GROUP BY "shop_tag"."id", "shop_tag"."weight"
params: [-1, 0, -1]

[postgresql]
SELECT "shop_tag"."id", "shop_tag"."weight", AVG("T5"."category_id") FILTER (WHERE "shop_tag"."weight" BETWEEN $1 AND $2) AS "a1"
FROM "shop_tag"
INNER JOIN "shop_product_tags" ON ("shop_tag"."id" = "shop_product_tags"."tag_id")
INNER JOIN "shop_product" ON ("shop_product_tags"."product_id" = "shop_product"."id")
INNER JOIN "shop_product_tags" "T4" ON ("shop_tag"."id" = "T4"."tag_id")
INNER JOIN "shop_product" "T5" ON ("T4"."product_id" = "T5"."id")
INNER JOIN "shop_review" ON ("T5"."id" = "shop_review"."product_id")
WHERE ("shop_product"."stock" >= $3 AND "shop_review"."verified")
GROUP BY "shop_tag"."id", "shop_tag"."weight"
params: [-1, 0, -1]

[mysql]
SELECT `shop_tag`.`id`, `shop_tag`.`weight`, AVG(CASE WHEN `shop_tag`.`weight` BETWEEN ? AND ? THEN `T5`.`category_id` ELSE NULL END) AS `a1`
FROM `shop_tag`
INNER JOIN `shop_product_tags` ON (`shop_tag`.`id` = `shop_product_tags`.`tag_id`)
INNER JOIN `shop_product` ON (`shop_product_tags`.`product_id` = `shop_product`.`id`)
INNER JOIN `shop_product_tags` `T4` ON (`shop_tag`.`id` = `T4`.`tag_id`)
INNER JOIN `shop_product` `T5` ON (`T4`.`product_id` = `T5`.`id`)
INNER JOIN `shop_review` ON (`T5`.`id` = `shop_review`.`product_id`)
WHERE (`shop_product`.`stock` >= ? AND `shop_review`.`verified`)
GROUP BY `shop_tag`.`id`
params: [-1, 0, -1]

[oracle]
SELECT "SHOP_TAG"."ID", "SHOP_TAG"."WEIGHT", AVG(CASE WHEN "SHOP_TAG"."WEIGHT" BETWEEN :1 AND :2 THEN "T5"."CATEGORY_ID" ELSE NULL END) AS "A1"
FROM "SHOP_TAG"
INNER JOIN "SHOP_PRODUCT_TAGS" ON ("SHOP_TAG"."ID" = "SHOP_PRODUCT_TAGS"."TAG_ID")
INNER JOIN "SHOP_PRODUCT" ON ("SHOP_PRODUCT_TAGS"."PRODUCT_ID" = "SHOP_PRODUCT"."ID")
INNER JOIN "SHOP_PRODUCT_TAGS" "T4" ON ("SHOP_TAG"."ID" = "T4"."TAG_ID")
INNER JOIN "SHOP_PRODUCT" "T5" ON ("T4"."PRODUCT_ID" = "T5"."ID")
INNER JOIN "SHOP_REVIEW" ON ("T5"."ID" = "SHOP_REVIEW"."PRODUCT_ID")
WHERE ("SHOP_PRODUCT"."STOCK" >= :3 AND "SHOP_REVIEW"."VERIFIED" = :4)
GROUP BY "SHOP_TAG"."ID", "SHOP_TAG"."WEIGHT"
params: [-1, 0, -1, 1]
