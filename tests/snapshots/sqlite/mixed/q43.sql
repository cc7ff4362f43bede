-- Order.objects.annotate(m=ExtractMonth("placed")).values("m").annotate(c=Count("id")).order_by("m")
SELECT CAST(strftime('%m', "shop_order"."placed") AS INTEGER) AS "m", COUNT("shop_order"."id") AS "c" FROM "shop_order" GROUP BY CAST(strftime('%m', "shop_order"."placed") AS INTEGER) ORDER BY "m" ASC
-- params: []
