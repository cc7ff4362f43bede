query: OrderLine.objects.filter(unit_price__lt=F("product__price"))

[sqlite]
SELECT "shop_orderline"."id", "shop_orderline"."order_id", "shop_orderline"."product_id", "shop_orderline"."quantity", "shop_orderline"."unit_price", "shop_orderline"."note"
FROM "shop_orderline"
INNER JOIN "shop_product" ON ("shop_orderline"."product_id" = "shop_product"."id")
WHERE "shop_orderline"."unit_price" < "shop_product"."price"
params: []

[postgresql]
SELECT "shop_orderline"."id", "shop_orderline"."order_id", "shop_orderline"."product_id", "shop_orderline"."quantity", "shop_orderline"."unit_price", "shop_orderline"."note"
FROM "shop_orderline"
INNER JOIN "shop_product" ON ("shop_orderline"."product_id" = "shop_product"."id")
WHERE "shop_orderline"."unit_price" < "shop_product"."price"
params: []

[mysql]
SELECT `shop_orderline`.`id`, `shop_orderline`.`order_id`, `shop_orderline`.`product_id`, `shop_orderline`.`quantity`, `shop_orderline`.`unit_price`, `shop_orderline`.`note`
FROM `shop_orderline`
INNER JOIN `shop_product` ON (`shop_orderline`.`product_id` = `shop_product`.`id`)
WHERE `shop_orderline`.`unit_price` < `shop_product`.`price`
params: []

[oracle]
SELECT "SHOP_ORDERLINE"."ID", "SHOP_ORDERLINE"."ORDER_ID", "SHOP_ORDERLINE"."PRODUCT_ID", "SHOP_ORDERLINE"."QUANTITY", "SHOP_ORDERLINE"."UNIT_PRICE", "SHOP_ORDERLINE"."NOTE"
FROM "SHOP_ORDERLINE"
INNER JOIN "SHOP_PRODUCT" ON ("SHOP_ORDERLINE"."PRODUCT_ID" = "SHOP_PRODUCT"."ID")
WHERE "SHOP_ORDERLINE"."UNIT_PRICE" < "SHOP_PRODUCT"."PRICE"
params: []
