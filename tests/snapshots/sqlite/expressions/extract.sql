-- Order.objects.annotate(y=ExtractYear("placed"), h=ExtractHour("placed")).values_list("id", "y", "h")
SELECT "shop_order"."id", CAST(strftime('%Y', "shop_order"."placed") AS INTEGER) AS "y", CAST(strftime('%H', "shop_order"."placed") AS INTEGER) AS "h" FROM "shop_order" ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
-- params: []
