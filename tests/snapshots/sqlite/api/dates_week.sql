-- Order.objects.filter(status="paid").dates("shipped", "week")
SELECT DISTINCT date("shop_order"."shipped", 'weekday 0', '-6 days') AS "datefield" FROM "shop_order" WHERE ("shop_order"."status" = ? AND "shop_order"."shipped" IS NOT NULL) ORDER BY "datefield" ASC
-- params: ["paid"]
