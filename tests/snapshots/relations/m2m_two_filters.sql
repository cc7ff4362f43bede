query: Product.objects.filter(tags__weight__gt=1).filter(tags__name__icontains="e")

[sqlite]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
INNER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id")
INNER JOIN "shop_tag" ON ("shop_product_tags"."tag_id" = "shop_tag"."id")
INNER JOIN "shop_product_tags" "T4" ON ("shop_product"."id" = "T4"."product_id")
INNER JOIN "shop_tag" "T5" ON ("T4"."tag_id" = "T5"."id")
WHERE ("shop_tag"."weight" > ? AND "T5"."name" LIKE ? ESCAPE '\')
params: [1, "%e%"]

[postgresql]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
INNER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id")
INNER JOIN "shop_tag" ON ("shop_product_tags"."tag_id" = "shop_tag"."id")
INNER JOIN "shop_product_tags" "T4" ON ("shop_product"."id" = "T4"."product_id")
INNER JOIN "shop_tag" "T5" ON ("T4"."tag_id" = "T5"."id")
WHERE ("shop_tag"."weight" > $1 AND UPPER("T5"."name") LIKE UPPER($2))
params: [1, "%e%"]

[mysql]
SELECT `shop_product`.`id`, `shop_product`.`name`, `shop_product`.`sku`, `shop_product`.`description`, `shop_product`.`category_id`, `shop_product`.`price`, `shop_product`.`cost`, `shop_product`.`weight`, `shop_product`.`stock`, `shop_product`.`active`, `shop_product`.`released`, `shop_product`.`created`
FROM `shop_product`
INNER JOIN `shop_product_tags` ON (`shop_product`.`id` = `shop_product_tags`.`product_id`)
INNER JOIN `shop_tag` ON (`shop_product_tags`.`tag_id` = `shop_tag`.`id`)
INNER JOIN `shop_product_tags` `T4` ON (`shop_product`.`id` = `T4`.`product_id`)
INNER JOIN `shop_tag` `T5` ON (`T4`.`tag_id` = `T5`.`id`)
WHERE (`shop_tag`.`weight` > ? AND `T5`.`name` LIKE ?)
params: [1, "%e%"]

[oracle]
SELECT "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."SKU", "SHOP_PRODUCT"."DESCRIPTION", "SHOP_PRODUCT"."CATEGORY_ID", "SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST", "SHOP_PRODUCT"."WEIGHT", "SHOP_PRODUCT"."STOCK", "SHOP_PRODUCT"."ACTIVE", "SHOP_PRODUCT"."RELEASED", "SHOP_PRODUCT"."CREATED"
FROM "SHOP_PRODUCT"
INNER JOIN "SHOP_PRODUCT_TAGS" ON ("SHOP_PRODUCT"."ID" = "SHOP_PRODUCT_TAGS"."PRODUCT_ID")
INNER JOIN "SHOP_TAG" ON ("SHOP_PRODUCT_TAGS"."TAG_ID" = "SHOP_TAG"."ID")
INNER JOIN "SHOP_PRODUCT_TAGS" "T4" ON ("SHOP_PRODUCT"."ID" = "T4"."PRODUCT_ID")
INNER JOIN "SHOP_TAG" "T5" ON ("T4"."TAG_ID" = "T5"."ID")
WHERE ("SHOP_TAG"."WEIGHT" > :1 AND UPPER("T5"."NAME") LIKE UPPER(:2) ESCAPE '\')
params: [1, "%e%"]
