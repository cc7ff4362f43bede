-- Order.objects.aggregate(n=Count("*"))
SELECT COUNT(*) AS "N" FROM "SHOP_ORDER"
-- params: []
