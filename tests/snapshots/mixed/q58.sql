query: Product.objects.filter(order_lines__order__customer__vip=True).values("name").distinct()

[sqlite]
SELECT DISTINCT "shop_product"."name"
FROM "shop_product"
INNER JOIN "shop_orderline" ON ("shop_product"."id" = "shop_orderline"."product_id")
INNER JOIN "shop_order" ON ("shop_orderline"."order_id" = "shop_order"."id")
INNER JOIN "shop_customer" ON ("shop_order"."customer_id" = "shop_customer"."id")
WHERE "shop_customer"."vip"
params: []

[postgresql]
SELECT DISTINCT "shop_product"."name"
FROM "shop_product"
INNER JOIN "shop_orderline" ON ("shop_product"."id" = "shop_orderline"."product_id")
INNER JOIN "shop_order" ON ("shop_orderline"."order_id" = "shop_order"."id")
INNER JOIN "shop_customer" ON ("shop_order"."customer_id" = "shop_customer"."id")
WHERE "shop_customer"."vip"
params: []

[mysql]
SELECT DISTINCT `shop_product`.`name`
FROM `shop_product`
INNER JOIN `shop_orderline` ON (`shop_product`.`id` = `shop_orderline`.`product_id`)
INNER JOIN `shop_order` ON (`shop_orderline`.`order_id` = `shop_order`.`id`)
INNER JOIN `shop_customer` ON (`shop_order`.`customer_id` = `shop_customer`.`id`)
WHERE `shop_customer`.`vip`
params: []

[oracle]
SELECT DISTINCT "SHOP_PRODUCT"."NAME"
FROM "SHOP_PRODUCT"
INNER JOIN "SHOP_ORDERLINE" ON ("SHOP_PRODUCT"."ID" = "SHOP_ORDERLINE"."PRODUCT_ID")
INNER JOIN "SHOP_ORDER" ON ("SHOP_ORDERLINE"."ORDER_ID" = "SHOP_ORDER"."ID")
INNER JOIN "SHOP_CUSTOMER" ON ("SHOP_ORDER"."CUSTOMER_ID" = "SHOP_CUSTOMER"."ID")
WHERE "SHOP_CUSTOMER"."VIP" = :1
params: [1]
