query: Tag.products.through.objects.filter(product__active=True).count()

[sqlite]
SELECT COUNT(*) AS "__count"
FROM "shop_product_tags"
INNER JOIN "shop_product" ON ("shop_product_tags"."product_id" = "shop_product"."id")
WHERE "shop_product"."active"
params: []

[postgresql]
SELECT COUNT(*) AS "__count"
FROM "shop_product_tags"
INNER JOIN "shop_product" ON ("shop_product_tags"."product_id" = "shop_product"."id")
WHERE "shop_product"."active"
params: []

[mysql]
SELECT COUNT(*) AS `__count`
FROM `shop_product_tags`
INNER JOIN `shop_product` ON (`shop_product_tags`.`product_id` = `shop_product`.`id`)
WHERE `shop_product`.`active`
params: []

[oracle]
SELECT COUNT(*) AS "__COUNT"
FROM "SHOP_PRODUCT_TAGS"
INNER JOIN "SHOP_PRODUCT" ON ("SHOP_PRODUCT_TAGS"."PRODUCT_ID" = "SHOP_PRODUCT"."ID")
WHERE "SHOP_PRODUCT"."ACTIVE" = :1
params: [1]
