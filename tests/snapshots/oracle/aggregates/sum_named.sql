-- Order.objects.filter(status="paid").aggregate(s=Sum("total"))
SELECT SUM("SHOP_ORDER"."TOTAL") AS "S" FROM "SHOP_ORDER" WHERE "SHOP_ORDER"."STATUS" = :1
-- params: ["paid"]
