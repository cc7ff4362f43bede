-- Order.objects.datetimes("placed", "hour")
SELECT DISTINCT strftime('%Y-%m-%d %H:00:00', "shop_order"."placed") AS "datetimefield" FROM "shop_order" WHERE "shop_order"."placed" IS NOT NULL ORDER BY "datetimefield" ASC
-- params: []
