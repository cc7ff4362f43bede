query: Product.objects.filter(Q(name__icontains="phone") & Q(active=True))

[sqlite]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
WHERE ("shop_product"."name" LIKE ? ESCAPE '\' AND "shop_product"."active")
params: ["%phone%"]

[postgresql]
SELECT "shop_product"."id", "shop_product"."name", "shop_product"."sku", "shop_product"."description", "shop_product"."category_id", "shop_product"."price", "shop_product"."cost", "shop_product"."weight", "shop_product"."stock", "shop_product"."active", "shop_product"."released", "shop_product"."created"
FROM "shop_product"
WHERE (UPPER("shop_product"."name") LIKE UPPER($1) AND "shop_product"."active")
params: ["%phone%"]

[mysql]
SELECT `shop_product`.`id`, `shop_product`.`name`, `shop_product`.`sku`, `shop_product`.`description`, `shop_product`.`category_id`, `shop_product`.`price`, `shop_product`.`cost`, `shop_product`.`weight`, `shop_product`.`stock`, `shop_product`.`active`, `shop_product`.`released`, `shop_product`.`created`
FROM `shop_product`
WHERE (`shop_product`.`name` LIKE ? AND `shop_product`.`active`)
params: ["%phone%"]

[oracle]
SELECT "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."SKU", "SHOP_PRODUCT"."DESCRIPTION", "SHOP_PRODUCT"."CATEGORY_ID", "SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST", "SHOP_PRODUCT"."WEIGHT", "SHOP_PRODUCT"."STOCK", "SHOP_PRODUCT"."ACTIVE", "SHOP_PRODUCT"."RELEASED", "SHOP_PRODUCT"."CREATED"
FROM "SHOP_PRODUCT"
WHERE (
  UPPER("SHOP_PRODUCT"."NAME") LIKE UPPER(:1) ESCAPE '\'
  AND "SHOP_PRODUCT"."ACTIVE" = :2
)
params: ["%phone%", 1]
