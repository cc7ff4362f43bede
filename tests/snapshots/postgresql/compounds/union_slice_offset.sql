-- Order.objects.values_list("id").union(Order.objects.values_list("id")).order_by("id")[5:8]
(SELECT "shop_order"."id" FROM "shop_order") UNION (SELECT "shop_order"."id" FROM "shop_order") ORDER BY 1 ASC LIMIT 3 OFFSET 5
-- params: []
