query: Product.objects.annotate(margin=F("price") - F("cost")).order_by("-margin")[:5]

[sqlite]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created", ("shop_product"."price" - "shop_product"."cost") AS "margin"
FROM "shop_product"
ORDER BY "margin" DESC
LIMIT 5
params: []

[postgresql]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created", ("shop_product"."price" - "shop_product"."cost") AS "margin"
FROM "shop_product"
ORDER BY "margin" DESC
LIMIT 5
params: []

[mysql]
SELECT `shop_product`.`id`, `shop_product`.`name`, `shop_product`.`sku`, `shop_product`.`description`, `shop_product`.`category_id`, `shop_product`.`price`, `shop_product`.`cost`, `shop_product`.`weight`, `shop_product`.`stock`, `shop_product`.`active`, `shop_product`.`released`, `shop_product`.`created`, (`shop_product`.`price` - `shop_product`.`cost`) AS `margin`
FROM `shop_product`
ORDER BY `margin` DESC
LIMIT 5
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."SKU", "SHOP_PRODUCT"."DESCRIPTION", "SHOP_PRODUCT"."CATEGORY_ID", "SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST", "SHOP_PRODUCT"."WEIGHT", "SHOP_PRODUCT"."STOCK", "SHOP_PRODUCT"."ACTIVE", "SHOP_PRODUCT"."RELEASED", "SHOP_PRODUCT"."CREATED", ("SHOP_PRODUCT"."PRICE" - "SHOP_PRODUCT"."COST") AS "MARGIN"
FROM "SHOP_PRODUCT"
ORDER BY "MARGIN" DESC
FETCH FIRST 5 ROWS ONLY
params: []
