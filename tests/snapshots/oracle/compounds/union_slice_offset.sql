-- Order.objects.values_list("id").union(Order.objects.values_list("id")).order_by("id")[5:8]
(SELECT "SHOP_ORDER"."ID" FROM "SHOP_ORDER") UNION (SELECT "SHOP_ORDER"."ID" FROM "SHOP_ORDER") ORDER BY 1 ASC OFFSET 5 ROWS FETCH FIRST 3 ROWS ONLY
-- params: []
