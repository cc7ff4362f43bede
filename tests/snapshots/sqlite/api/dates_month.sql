-- Order.objects.dates("placed", "month")
SELECT DISTINCT strftime('%Y-%m-01', "shop_order"."placed") AS "datefield" FROM "shop_order" WHERE "shop_order"."placed" IS NOT NULL ORDER BY "datefield" ASC
-- params: []
