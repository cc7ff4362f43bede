query: OrderLine.objects.annotate(c=FilteredRelation("order__customer", condition=Q(order__customer__country="DE"))).values_list("id", "c__name").order_by("id")

[sqlite]
SELECT "shop_orderline"."id", "c"."name"
FROM "shop_orderline"
INNER JOIN "shop_order" ON ("shop_orderline"."order_id" = "shop_order"."id")
INNER JOIN "shop_customer" "c" ON ("shop_order"."customer_id" = "c"."id" AND ("c"."country" = ?))
ORDER BY "shop_orderline"."id" ASC
params: ["DE"]

[postgresql]
SELECT "shop_orderline"."id", "c"."name"
FROM "shop_orderline"
INNER JOIN "shop_order" ON ("shop_orderline"."order_id" = "shop_order"."id")
INNER JOIN "shop_customer" "c" ON ("shop_order"."customer_id" = "c"."id" AND ("c"."country" = $1))
ORDER BY "shop_orderline"."id" ASC
params: ["DE"]

[mysql]
SELECT `shop_orderline`.`id`, `c`.`name`
FROM `shop_orderline`
INNER JOIN `shop_order` ON (`shop_orderline`.`order_id` = `shop_order`.`id`)
INNER JOIN `shop_customer` `c` ON (`shop_order`.`customer_id` = `c`.`id` AND (`c`.`country` = BINARY ?))
ORDER BY `shop_orderline`.`id` ASC
params: ["DE"]

[oracle]
SELECT "SHOP_ORDERLINE"."ID", "C"."NAME"
FROM "SHOP_ORDERLINE"
INNER JOIN "SHOP_ORDER" ON ("SHOP_ORDERLINE"."ORDER_ID" = "SHOP_ORDER"."ID")
INNER JOIN "SHOP_CUSTOMER" "C" ON ("SHOP_ORDER"."CUSTOMER_ID" = "C"."ID" AND ("C"."COUNTRY" = :1))
ORDER BY "SHOP_ORDERLINE"."ID" ASC
params: ["DE"]
