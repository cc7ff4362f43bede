-- Order.objects.annotate(m=TruncMonth("placed")).values_list("id", "m")
SELECT "shop_order"."id", DATE_TRUNC('month', "shop_order"."placed") AS "m" FROM "shop_order" ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
-- params: []
