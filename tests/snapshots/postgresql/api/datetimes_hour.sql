-- Order.objects.datetimes("placed", "hour")
SELECT DISTINCT DATE_TRUNC('hour', "shop_order"."placed") AS "datetimefield" FROM "shop_order" WHERE "shop_order"."placed" IS NOT NULL ORDER BY "datetimefield" ASC
-- params: []
