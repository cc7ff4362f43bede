query: Product.objects.filter(tags__weight__gt=1, tags__name__icontains="e")

[sqlite]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
INNER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id")
INNER JOIN "shop_tag" ON ("shop_product_tags"."tag_id" = "shop_tag"."id")
WHERE ("shop_tag"."weight" > ? AND "shop_tag"."name" LIKE ? ESCAPE '\')
params: [1, "%e%"]

[postgresql]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
INNER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id")
INNER JOIN "shop_tag" ON ("shop_product_tags"."tag_id" = "shop_tag"."id")
WHERE ("shop_tag"."weight" > $1 AND UPPER("shop_tag"."name") LIKE UPPER($2))
params: [1, "%e%"]

[mysql]
SELECT `shop_product`.`id`, `shop_product`.`name`, `shop_product`.`sku`, `shop_product`.`description`, `shop_product`.`category_id`, `shop_product`.`price`, `shop_product`.`cost`, `shop_product`.`weight`, `shop_product`.`stock`, `shop_product`.`active`, `shop_product`.`released`, `shop_product`.`created`
FROM `shop_product`
INNER JOIN `shop_product_tags` ON (`shop_product`.`id` = `shop_product_tags`.`product_id`)
INNER JOIN `shop_tag` ON (`shop_product_tags`.`tag_id` = `shop_tag`.`id`)
WHERE (`shop_tag`.`weight` > ? AND `shop_tag`.`name` LIKE ?)
params: [1, "%e%"]

[oracle]
SELECT "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."SKU", "SHOP_PRODUCT"."DESCRIPTION", "SHOP_PRODUCT"."CATEGORY_ID", "SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST", "SHOP_PRODUCT"."WEIGHT", "SHOP_PRODUCT"."STOCK", "SHOP_PRODUCT"."ACTIVE", "SHOP_PRODUCT"."RELEASED", "SHOP_PRODUCT"."CREATED"
FROM "SHOP_PRODUCT"
INNER JOIN "SHOP_PRODUCT_TAGS" ON ("SHOP_PRODUCT"."ID" = "SHOP_PRODUCT_TAGS"."PRODUCT_ID")
INNER JOIN "SHOP_TAG" ON ("SHOP_PRODUCT_TAGS"."TAG_ID" = "SHOP_TAG"."ID")
WHERE (
  "SHOP_TAG"."WEIGHT" > :1
  AND UPPER("SHOP_TAG"."NAME") LIKE UPPER(:2) ESCAPE '\'
)
params: [1, "%e%"]
