query: Customer.objects.filter(orders__status="paid").filter(orders__items__gt=2).annotate(t=F("orders__total")).values_list("id", "t")

[sqlite]
SELECT "shop_customer"."id", "T3"."total" AS "t"
FROM "shop_customer"
INNER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
INNER JOIN "shop_order" "T3" ON ("shop_customer"."id" = "T3"."customer_id")
WHERE ("shop_order"."status" = ? AND "T3"."items" > ?)
params: ["paid", 2]

[postgresql]
SELECT "shop_customer"."id", "T3"."total" AS "t"
FROM "shop_customer"
INNER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
INNER JOIN "shop_order" "T3" ON ("shop_customer"."id" = "T3"."customer_id")
WHERE ("shop_order"."status" = $1 AND "T3"."items" > $2)
params: ["paid", 2]

[mysql]
SELECT `shop_customer`.`id`, `T3`.`total` AS `t`
FROM `shop_customer`
INNER JOIN `shop_order` ON (`shop_customer`.`id` = `shop_order`.`customer_id`)
INNER JOIN `shop_order` `T3` ON (`shop_customer`.`id` = `T3`.`customer_id`)
WHERE (`shop_order`.`status` = BINARY ? AND `T3`.`items` > ?)
params: ["paid", 2]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", "T3"."TOTAL" AS "T"
FROM "SHOP_CUSTOMER"
INNER JOIN "SHOP_ORDER" ON ("SHOP_CUSTOMER"."ID" = "SHOP_ORDER"."CUSTOMER_ID")
INNER JOIN "SHOP_ORDER" "T3" ON ("SHOP_CUSTOMER"."ID" = "T3"."CUSTOMER_ID")
WHERE ("SHOP_ORDER"."STATUS" = :1 AND "T3"."ITEMS" > :2)
params: ["paid", 2]
