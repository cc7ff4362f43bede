-- Order.objects.select_for_update(skip_locked=True).filter(status="paid").values_list("id", flat=True)
SELECT "SHOP_ORDER"."ID" FROM "SHOP_ORDER" WHERE "SHOP_ORDER"."STATUS" = :1 ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC FOR UPDATE SKIP LOCKED
-- params: ["paid"]
