query: Product.objects.filter(tags__isnull=True)

[sqlite]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
LEFT OUTER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id")
WHERE "shop_product_tags"."tag_id" IS NULL
params: []

[postgresql]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
LEFT OUTER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id")
WHERE "shop_product_tags"."tag_id" IS NULL
params: []

[mysql]
SELECT `shop_product`.`id`, `shop_product`.`name`, `shop_product`.`sku`, `shop_product`.`description`, `shop_product`.`category_id`, `shop_product`.`price`, `shop_product`.`cost`, `shop_product`.`weight`, `shop_product`.`stock`, `shop_product`.`active`, `shop_product`.`released`, `shop_product`.`created`
FROM `shop_product`
LEFT OUTER JOIN `shop_product_tags` ON (`shop_product`.`id` = `shop_product_tags`.`product_id`)
WHERE `shop_product_tags`.`tag_id` IS NULL
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."SKU", "SHOP_PRODUCT"."DESCRIPTION", "SHOP_PRODUCT"."CATEGORY_ID", "SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST", "SHOP_PRODUCT"."WEIGHT", "SHOP_PRODUCT"."STOCK", "SHOP_PRODUCT"."ACTIVE", "SHOP_PRODUCT"."RELEASED", "SHOP_PRODUCT"."CREATED"
FROM "SHOP_PRODUCT"
LEFT OUTER JOIN "SHOP_PRODUCT_TAGS" ON ("SHOP_PRODUCT"."ID" = "SHOP_PRODUCT_TAGS"."PRODUCT_ID")
WHERE "SHOP_PRODUCT_TAGS"."TAG_ID" IS NULL
params: []
