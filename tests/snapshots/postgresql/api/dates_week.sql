-- Order.objects.filter(status="paid").dates("shipped", "week")
SELECT DISTINCT CAST(DATE_TRUNC('week', "shop_order"."shipped") AS date) AS "datefield" FROM "shop_order" WHERE ("shop_order"."status" = $1 AND "shop_order"."shipped" IS NOT NULL) ORDER BY "datefield" ASC
-- params: ["paid"]
