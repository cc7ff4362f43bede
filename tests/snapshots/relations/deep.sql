query: Order.objects.filter(lines__product__name__icontains="widget").distinct()

[sqlite]
SELECT DISTINCT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items"
FROM "shop_order"
INNER JOIN "shop_orderline" ON ("shop_order"."id" = "shop_orderline"."order_id")
INNER JOIN "shop_product" ON ("shop_orderline"."product_id" = "shop_product"."id")
WHERE "shop_product"."name" LIKE ? ESCAPE '\'
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: ["%widget%"]

[postgresql]
SELECT DISTINCT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items"
FROM "shop_order"
INNER JOIN "shop_orderline" ON ("shop_order"."id" = "shop_orderline"."order_id")
INNER JOIN "shop_product" ON ("shop_orderline"."product_id" = "shop_product"."id")
WHERE UPPER("shop_product"."name") LIKE UPPER($1)
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: ["%widget%"]

[mysql]
SELECT DISTINCT `shop_order`.`id`, `shop_order`.`customer_id`, `shop_order`.`status`, `shop_order`.`placed`, `shop_order`.`shipped`, `shop_order`.`total`, `shop_order`.`discount`, `shop_order`.`coupon`, `shop_order`.`items`
FROM `shop_order`
INNER JOIN `shop_orderline` ON (`shop_order`.`id` = `shop_orderline`.`order_id`)
INNER JOIN `shop_product` ON (`shop_orderline`.`product_id` = `shop_product`.`id`)
WHERE `shop_product`.`name` LIKE ?
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: ["%widget%"]

[oracle]
SELECT DISTINCT "SHOP_ORDER"."ID", "SHOP_ORDER"."CUSTOMER_ID", "SHOP_ORDER"."STATUS", "SHOP_ORDER"."PLACED", "SHOP_ORDER"."SHIPPED", "SHOP_ORDER"."TOTAL", "SHOP_ORDER"."DISCOUNT", "SHOP_ORDER"."COUPON", "SHOP_ORDER"."ITEMS"
FROM "SHOP_ORDER"
INNER JOIN "SHOP_ORDERLINE" ON ("SHOP_ORDER"."ID" = "SHOP_ORDERLINE"."ORDER_ID")
INNER JOIN "SHOP_PRODUCT" ON ("SHOP_ORDERLINE"."PRODUCT_ID" = "SHOP_PRODUCT"."ID")
WHERE UPPER("SHOP_PRODUCT"."NAME") LIKE UPPER(:1) ESCAPE '\'
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: ["%widget%"]
