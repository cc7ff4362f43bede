query: Order.objects.annotate(s=Window(StdDev("total"), partition_by=[F("customer")]), v=Window(Variance("items", sample=True), partition_by=[F("status")])).values_list("id", "s", "v")

[sqlite]
error[unsupported]: sqlite does not support StdDev() in a window
 --> line 1, column 33
  | Order.objects.annotate(s=Window(StdDev("total"), partition_by=[F("customer")]), v=Window(Variance("items", sample=True), partition_by=[F("status")])).values_list("id", "s", "v")
  |                                 ^^^^^^^^^^^^^^^

[postgresql]
SELECT "shop_order"."id", STDDEV_POP("shop_order"."total") OVER (PARTITION BY "shop_order"."customer_id") AS "s", VAR_SAMP("shop_order"."items") OVER (PARTITION BY "shop_order"."status") AS "v"
FROM "shop_order"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[mysql]
SELECT `shop_order`.`id`, STDDEV_POP(`shop_order`.`total`) OVER (PARTITION BY `shop_order`.`customer_id`) AS `s`, VAR_SAMP(`shop_order`.`items`) OVER (PARTITION BY `shop_order`.`status`) AS `v`
FROM `shop_order`
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: []

[oracle]
SELECT "SHOP_ORDER"."ID", STDDEV_POP("SHOP_ORDER"."TOTAL") OVER (PARTITION BY "SHOP_ORDER"."CUSTOMER_ID") AS "S", VAR_SAMP("SHOP_ORDER"."ITEMS") OVER (PARTITION BY "SHOP_ORDER"."STATUS") AS "V"
FROM "SHOP_ORDER"
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: []
