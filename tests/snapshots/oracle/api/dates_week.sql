-- Order.objects.filter(status="paid").dates("shipped", "week")
SELECT DISTINCT TRUNC("SHOP_ORDER"."SHIPPED", 'IW') AS "DATEFIELD" FROM "SHOP_ORDER" WHERE ("SHOP_ORDER"."STATUS" = :1 AND "SHOP_ORDER"."SHIPPED" IS NOT NULL) ORDER BY "DATEFIELD" ASC
-- params: ["paid"]
