-- Order.objects.aggregate(n=Count("*"))
SELECT COUNT(*) AS "n" FROM "shop_order"
-- params: []
