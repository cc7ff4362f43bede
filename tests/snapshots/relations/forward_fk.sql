query: Product.objects.filter(category__name="Phones")

[sqlite]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
INNER JOIN "shop_categories" ON ("shop_product"."category_id" = "shop_categories"."id")
WHERE "shop_categories"."name" = ?
params: ["Phones"]

[postgresql]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
INNER JOIN "shop_categories" ON ("shop_product"."category_id" = "shop_categories"."id")
WHERE "shop_categories"."name" = $1
params: ["Phones"]

[mysql]
SELECT `shop_product`.`id`, `shop_product`.`name`, `shop_product`.`sku`, `shop_product`.`description`, `shop_product`.`category_id`, `shop_product`.`price`, `shop_product`.`cost`, `shop_product`.`weight`, `shop_product`.`stock`, `shop_product`.`active`, `shop_product`.`released`, `shop_product`.`created`
FROM `shop_product`
INNER JOIN `shop_categories` ON (`shop_product`.`category_id` = `shop_categories`.`id`)
WHERE `shop_categories`.`name` = BINARY ?
params: ["Phones"]

[oracle]
SELECT "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."SKU", "SHOP_PRODUCT"."DESCRIPTION", "SHOP_PRODUCT"."CATEGORY_ID", "SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST", "SHOP_PRODUCT"."WEIGHT", "SHOP_PRODUCT"."STOCK", "SHOP_PRODUCT"."ACTIVE", "SHOP_PRODUCT"."RELEASED", "SHOP_PRODUCT"."CREATED"
FROM "SHOP_PRODUCT"
INNER JOIN "SHOP_CATEGORIES" ON ("SHOP_PRODUCT"."CATEGORY_ID" = "SHOP_CATEGORIES"."ID")
WHERE "SHOP_CATEGORIES"."NAME" = :1
params: ["Phones"]
