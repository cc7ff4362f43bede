query: Category.objects.annotate(p=FilteredRelation("products__reviews", condition=Q(products__reviews__rating__gte=4))).values_list("id", "p__title").order_by("id", "p__title")

[sqlite]
SELECT "shop_categories"."id", "p"."title"
FROM "shop_categories"
LEFT OUTER JOIN "shop_product" ON ("shop_categories"."id" = "shop_product"."category_id")
LEFT OUTER JOIN "shop_review" "p" ON ("shop_product"."id" = "p"."product_id" AND ("p"."rating" >= ?))
ORDER BY "shop_categories"."id" ASC, "p"."title" ASC
params: [4]

[postgresql]
SELECT "shop_categories"."id", "p"."title"
FROM "shop_categories"
LEFT OUTER JOIN "shop_product" ON ("shop_categories"."id" = "shop_product"."category_id")
LEFT OUTER JOIN "shop_review" "p" ON ("shop_product"."id" = "p"."product_id" AND ("p"."rating" >= $1))
ORDER BY "shop_categories"."id" ASC, "p"."title" ASC
params: [4]

[mysql]
SELECT `shop_categories`.`id`, `p`.`title`
FROM `shop_categories`
LEFT OUTER JOIN `shop_product` ON (`shop_categories`.`id` = `shop_product`.`category_id`)
LEFT OUTER JOIN `shop_review` `p` ON (`shop_product`.`id` = `p`.`product_id` AND (`p`.`rating` >= ?))
ORDER BY `shop_categories`.`id` ASC, `p`.`title` ASC
params: [4]

[oracle]
SELECT "SHOP_CATEGORIES"."ID", "P"."TITLE"
FROM "SHOP_CATEGORIES"
LEFT OUTER JOIN "SHOP_PRODUCT" ON ("SHOP_CATEGORIES"."ID" = "SHOP_PRODUCT"."CATEGORY_ID")
LEFT OUTER JOIN "SHOP_REVIEW" "P" ON ("SHOP_PRODUCT"."ID" = "P"."PRODUCT_ID" AND ("P"."RATING" >= :1))
ORDER BY "SHOP_CATEGORIES"."ID" ASC, "P"."TITLE" ASC
params: [4]
