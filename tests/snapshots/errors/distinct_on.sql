query: Order.objects.order_by("customer").distinct("customer")

[sqlite]
error[unsupported]: sqlite does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 36
  | Order.objects.order_by("customer").distinct("customer")
  |                                    ^^^^^^^^

[postgresql]
SELECT DISTINCT ON ("shop_order"."customer_id") "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items"
FROM "shop_order"
ORDER BY "shop_order"."customer_id" ASC
params: []

[mysql]
error[unsupported]: mysql does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 36
  | Order.objects.order_by("customer").distinct("customer")
  |                                    ^^^^^^^^

[oracle]
error[unsupported]: oracle does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 36
  | Order.objects.order_by("customer").distinct("customer")
  |                                    ^^^^^^^^
