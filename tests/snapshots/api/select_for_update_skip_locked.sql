query: Order.objects.select_for_update(skip_locked=True).filter(status="paid").values_list("id", flat=True)

[sqlite]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE "shop_order"."status" = ?
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: ["paid"]

[postgresql]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE "shop_order"."status" = $1
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
FOR UPDATE SKIP LOCKED
params: ["paid"]

[mysql]
error[unsupported]: mysql does not support select_for_update(skip_locked=True)
 --> line 1, column 15
  | Order.objects.select_for_update(skip_locked=True).filter(status="paid").values_list("id", flat=True)
  |               ^^^^^^^^^^^^^^^^^

[oracle]
SELECT "SHOP_ORDER"."ID"
FROM "SHOP_ORDER"
WHERE "SHOP_ORDER"."STATUS" = :1
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
FOR UPDATE SKIP LOCKED
params: ["paid"]
