query: Order.objects.annotate(f=Window(FirstValue(Upper("status")), partition_by=[F("customer")], order_by=F("placed").asc())).values_list("id", "f")

[sqlite]
SELECT "shop_order"."id", FIRST_VALUE(UPPER("shop_order"."status")) OVER (PARTITION BY "shop_order"."customer_id" ORDER BY "shop_order"."placed" ASC) AS "f"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[postgresql]
SELECT "shop_order"."id", FIRST_VALUE(UPPER("shop_order"."status")) OVER (PARTITION BY "shop_order"."customer_id" ORDER BY "shop_order"."placed" ASC) AS "f"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[mysql]
SELECT `shop_order`.`id`, FIRST_VALUE(UPPER(`shop_order`.`status`)) OVER (PARTITION BY `shop_order`.`customer_id` ORDER BY `shop_order`.`placed` ASC) AS `f`
FROM `shop_order`
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: []

[oracle]
SELECT "SHOP_ORDER"."ID", FIRST_VALUE(UPPER("SHOP_ORDER"."STATUS")) OVER (PARTITION BY "SHOP_ORDER"."CUSTOMER_ID" ORDER BY "SHOP_ORDER"."PLACED" ASC) AS "F"
FROM "SHOP_ORDER"
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: []
