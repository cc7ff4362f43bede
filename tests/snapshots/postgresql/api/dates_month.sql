-- Order.objects.dates("placed", "month")
SELECT DISTINCT CAST(DATE_TRUNC('month', "shop_order"."placed") AS date) AS "datefield" FROM "shop_order" WHERE "shop_order"."placed" IS NOT NULL ORDER BY "datefield" ASC
-- params: []
