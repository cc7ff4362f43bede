-- Order.objects.filter(placed__week_day=2).values_list("id", flat=True)
SELECT "shop_order"."id" FROM "shop_order" WHERE (EXTRACT(DOW FROM "shop_order"."placed") + 1) = $1 ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
-- params: [2]
