query: Order.objects.annotate(x=Concat("customer__name", Value("/"), "status")).values_list("id", "x")

[sqlite]
SELECT "shop_order"."id", COALESCE("shop_customer"."name", '') || COALESCE(?, '') || COALESCE("shop_order"."status", '') AS "x"
FROM "shop_order"
INNER JOIN "shop_customer" ON ("shop_order"."customer_id" = "shop_customer"."id")
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: ["/"]

[postgresql]
SELECT "shop_order"."id", CONCAT("shop_customer"."name", $1::text, "shop_order"."status") AS "x"
FROM "shop_order"
INNER JOIN "shop_customer" ON ("shop_order"."customer_id" = "shop_customer"."id")
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: ["/"]

[mysql]
SELECT `shop_order`.`id`, CONCAT_WS('', `shop_customer`.`name`, ?, `shop_order`.`status`) AS `x`
FROM `shop_order`
INNER JOIN `shop_customer` ON (`shop_order`.`customer_id` = `shop_customer`.`id`)
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: ["/"]

[oracle]
SELECT "SHOP_ORDER"."ID", COALESCE("SHOP_CUSTOMER"."NAME", '') || COALESCE(:1, '') || COALESCE("SHOP_ORDER"."STATUS", '') AS "X"
FROM "SHOP_ORDER"
INNER JOIN "SHOP_CUSTOMER" ON ("SHOP_ORDER"."CUSTOMER_ID" = "SHOP_CUSTOMER"."ID")
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: ["/"]
