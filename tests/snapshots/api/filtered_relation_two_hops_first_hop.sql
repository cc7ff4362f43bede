query: OrderLine.objects.annotate(c=FilteredRelation("order__customer", condition=Q(order__status="paid"))).values_list("id", "c__name").order_by("id")

[sqlite]
SELECT "shop_orderline"."id", "c"."name"
FROM "shop_orderline"
INNER JOIN "shop_order" ON ("shop_orderline"."order_id" = "shop_order"."id")
INNER JOIN "shop_customer" "c" ON ("shop_order"."customer_id" = "c"."id" AND ("shop_order"."status" = ?))
ORDER BY "shop_orderline"."id" ASC
params: ["paid"]

[postgresql]
SELECT "shop_orderline"."id", "c"."name"
FROM "shop_orderline"
INNER JOIN "shop_order" ON ("shop_orderline"."order_id" = "shop_order"."id")
INNER JOIN "shop_customer" "c" ON ("shop_order"."customer_id" = "c"."id" AND ("shop_order"."status" = $1))
ORDER BY "shop_orderline"."id" ASC
params: ["paid"]

[mysql]
SELECT `shop_orderline`.`id`, `c`.`name`
FROM `shop_orderline`
INNER JOIN `shop_order` ON (`shop_orderline`.`order_id` = `shop_order`.`id`)
INNER JOIN `shop_customer` `c` ON (`shop_order`.`customer_id` = `c`.`id` AND (`shop_order`.`status` = BINARY ?))
ORDER BY `shop_orderline`.`id` ASC
params: ["paid"]

[oracle]
SELECT "SHOP_ORDERLINE"."ID", "C"."NAME"
FROM "SHOP_ORDERLINE"
INNER JOIN "SHOP_ORDER" ON ("SHOP_ORDERLINE"."ORDER_ID" = "SHOP_ORDER"."ID")
INNER JOIN "SHOP_CUSTOMER" "C" ON ("SHOP_ORDER"."CUSTOMER_ID" = "C"."ID" AND ("SHOP_ORDER"."STATUS" = :1))
ORDER BY "SHOP_ORDERLINE"."ID" ASC
params: ["paid"]
