-- Order.objects.annotate(m=TruncMonth("placed")).values_list("id", "m")
SELECT "shop_order"."id", strftime('%Y-%m-01 00:00:00', "shop_order"."placed") AS "m" FROM "shop_order" ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
-- params: []
