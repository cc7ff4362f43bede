query: Tag.objects.get(pk=1).products.values_list("id", flat=True).order_by("id")

[sqlite]
SELECT "shop_product"."id"
FROM "shop_product"
INNER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id")
WHERE "shop_product_tags"."tag_id" = ?
ORDER BY "shop_product"."id" ASC
params: [1]

[postgresql]
SELECT "shop_product"."id"
FROM "shop_product"
INNER JOIN "shop_product_tags" ON ("shop_product"."id" = "shop_product_tags"."product_id")
WHERE "shop_product_tags"."tag_id" = $1
ORDER BY "shop_product"."id" ASC
params: [1]

[mysql]
SELECT `shop_product`.`id`
FROM `shop_product`
INNER JOIN `shop_product_tags` ON (`shop_product`.`id` = `shop_product_tags`.`product_id`)
WHERE `shop_product_tags`.`tag_id` = ?
ORDER BY `shop_product`.`id` ASC
params: [1]

[oracle]
SELECT "SHOP_PRODUCT"."ID"
FROM "SHOP_PRODUCT"
INNER JOIN "SHOP_PRODUCT_TAGS" ON ("SHOP_PRODUCT"."ID" = "SHOP_PRODUCT_TAGS"."PRODUCT_ID")
WHERE "SHOP_PRODUCT_TAGS"."TAG_ID" = :1
ORDER BY "SHOP_PRODUCT"."ID" ASC
params: [1]
