query: Order.objects.annotate(r=Window(RowNumber(), partition_by=[F("customer"), F("status")], order_by=[F("placed").desc(), F("id").asc()])).values_list("id", "r")

[sqlite]
SELECT "shop_order"."id", ROW_NUMBER() OVER (PARTITION BY "shop_order"."customer_id", "shop_order"."status" ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC) AS "r"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[postgresql]
SELECT "shop_order"."id", ROW_NUMBER() OVER (PARTITION BY "shop_order"."customer_id", "shop_order"."status" ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC) AS "r"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[mysql]
SELECT `shop_order`.`id`, ROW_NUMBER() OVER (PARTITION BY `shop_order`.`customer_id`, `shop_order`.`status` ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC) AS `r`
FROM `shop_order`
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: []

[oracle]
SELECT "SHOP_ORDER"."ID", ROW_NUMBER() OVER (PARTITION BY "SHOP_ORDER"."CUSTOMER_ID", "SHOP_ORDER"."STATUS" ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC) AS "R"
FROM "SHOP_ORDER"
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: []
