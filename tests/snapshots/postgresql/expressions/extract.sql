-- Order.objects.annotate(y=ExtractYear("placed"), h=ExtractHour("placed")).values_list("id", "y", "h")
SELECT "shop_order"."id", EXTRACT(YEAR FROM "shop_order"."placed") AS "y", EXTRACT(HOUR FROM "shop_order"."placed") AS "h" FROM "shop_order" ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
-- params: []
