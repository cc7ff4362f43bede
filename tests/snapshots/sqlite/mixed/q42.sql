-- Order.objects.filter(placed__week_day=2).values_list("id", flat=True)
SELECT "shop_order"."id" FROM "shop_order" WHERE (CAST(strftime('%w', "shop_order"."placed") AS INTEGER) + 1) = ? ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
-- params: [2]
