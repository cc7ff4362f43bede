query: Product.objects.annotate(sale=FilteredRelation("tags", condition=Q(tags__name="sale"))).filter(sale__weight__gt=1).values_list("id", "sale__name").order_by("id")

[sqlite]
SELECT "shop_product"."id", "sale"."name"
FROM "shop_product"
INNER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id")
INNER JOIN "shop_tag" "sale" ON ("shop_product_tags"."tag_id" = "sale"."id" AND ("sale"."name" = ?))
WHERE "sale"."weight" > ?
ORDER BY "shop_product"."id" ASC
params: ["sale", 1]

[postgresql]
SELECT "shop_product"."id", "sale"."name"
FROM "shop_product"
INNER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id")
INNER JOIN "shop_tag" "sale" ON ("shop_product_tags"."tag_id" = "sale"."id" AND ("sale"."name" = $1))
WHERE "sale"."weight" > $2
ORDER BY "shop_product"."id" ASC
params: ["sale", 1]

[mysql]
SELECT `shop_product`.`id`, `sale`.`name`
FROM `shop_product`
INNER JOIN `shop_product_tags` ON (`shop_product`.`id` = `shop_product_tags`.`product_id`)
INNER JOIN `shop_tag` `sale` ON (`shop_product_tags`.`tag_id` = `sale`.`id` AND (`sale`.`name` = BINARY ?))
WHERE `sale`.`weight` > ?
ORDER BY `shop_product`.`id` ASC
params: ["sale", 1]

[oracle]
SELECT "SHOP_PRODUCT"."ID", "SALE"."NAME"
FROM "SHOP_PRODUCT"
INNER JOIN "SHOP_PRODUCT_TAGS" ON ("SHOP_PRODUCT"."ID" = "SHOP_PRODUCT_TAGS"."PRODUCT_ID")
INNER JOIN "SHOP_TAG" "SALE" ON ("SHOP_PRODUCT_TAGS"."TAG_ID" = "SALE"."ID" AND ("SALE"."NAME" = :1))
WHERE "SALE"."WEIGHT" > :2
ORDER BY "SHOP_PRODUCT"."ID" ASC
params: ["sale", 1]
