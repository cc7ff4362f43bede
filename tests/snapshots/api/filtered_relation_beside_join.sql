query: Customer.objects.annotate(paid=FilteredRelation("orders", condition=Q(orders__status="paid"))).filter(orders__total__gt=0).values_list("id", "paid__id").order_by("id", "paid__id")

[sqlite]
SELECT "shop_customer"."id", "T3"."id"
FROM "shop_customer"
INNER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
LEFT OUTER JOIN "shop_order" "T3" ON ("shop_customer"."id" = "T3"."customer_id" AND ("T3"."status" = ?))
WHERE "shop_order"."total" > ?
ORDER BY "shop_customer"."id" ASC, "T3"."id" ASC
params: ["paid", 0]

[postgresql]
SELECT "shop_customer"."id", "T3"."id"
FROM "shop_customer"
INNER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
LEFT OUTER JOIN "shop_order" "T3" ON ("shop_customer"."id" = "T3"."customer_id" AND ("T3"."status" = $1))
WHERE "shop_order"."total" > $2
ORDER BY "shop_customer"."id" ASC, "T3"."id" ASC
params: ["paid", 0]

[mysql]
SELECT `shop_customer`.`id`, `T3`.`id`
FROM `shop_customer`
INNER JOIN `shop_order` ON (`shop_customer`.`id` = `shop_order`.`customer_id`)
LEFT OUTER JOIN `shop_order` `T3` ON (`shop_customer`.`id` = `T3`.`customer_id` AND (`T3`.`status` = BINARY ?))
WHERE `shop_order`.`total` > ?
ORDER BY `shop_customer`.`id` ASC, `T3`.`id` ASC
params: ["paid", 0]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", "T3"."ID"
FROM "SHOP_CUSTOMER"
INNER JOIN "SHOP_ORDER" ON ("SHOP_CUSTOMER"."ID" = "SHOP_ORDER"."CUSTOMER_ID")
LEFT OUTER JOIN "SHOP_ORDER" "T3" ON ("SHOP_CUSTOMER"."ID" = "T3"."CUSTOMER_ID" AND ("T3"."STATUS" = :1))
WHERE "SHOP_ORDER"."TOTAL" > :2
ORDER BY "SHOP_CUSTOMER"."ID" ASC, "T3"."ID" ASC
params: ["paid", 0]
