query: Product.objects.annotate(sale=FilteredRelation("tags", condition=Q(tags__name="sale"))).values_list("id", "sale__name").order_by("id", "sale__name")

[sqlite]
SELECT "shop_product"."id", "sale"."name"
FROM "shop_product"
LEFT OUTER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id")
LEFT OUTER JOIN "shop_tag" "sale" ON ("shop_product_tags"."tag_id" = "sale"."id" AND ("sale"."name" = ?))
ORDER BY "shop_product"."id" ASC, "sale"."name" ASC
params: ["sale"]

[postgresql]
SELECT "shop_product"."id", "sale"."name"
FROM "shop_product"
LEFT OUTER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id")
LEFT OUTER JOIN "shop_tag" "sale" ON ("shop_product_tags"."tag_id" = "sale"."id" AND ("sale"."name" = $1))
ORDER BY "shop_product"."id" ASC, "sale"."name" ASC
params: ["sale"]

[mysql]
SELECT `shop_product`.`id`, `sale`.`name`
FROM `shop_product`
LEFT OUTER JOIN `shop_product_tags` ON (`shop_product`.`id` = `shop_product_tags`.`product_id`)
LEFT OUTER JOIN `shop_tag` `sale` ON (`shop_product_tags`.`tag_id` = `sale`.`id` AND (`sale`.`name` = BINARY ?))
ORDER BY `shop_product`.`id` ASC, `sale`.`name` ASC
params: ["sale"]

[oracle]
SELECT "SHOP_PRODUCT"."ID", "SALE"."NAME"
FROM "SHOP_PRODUCT"
LEFT OUTER JOIN "SHOP_PRODUCT_TAGS" ON ("SHOP_PRODUCT"."ID" = "SHOP_PRODUCT_TAGS"."PRODUCT_ID")
LEFT OUTER JOIN "SHOP_TAG" "SALE" ON ("SHOP_PRODUCT_TAGS"."TAG_ID" = "SALE"."ID" AND ("SALE"."NAME" = :1))
ORDER BY "SHOP_PRODUCT"."ID" ASC, "SALE"."NAME" ASC
params: ["sale"]
