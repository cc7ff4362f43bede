-- Order.objects.values("status").distinct().count()
SELECT COUNT(*) AS "__count" FROM (SELECT DISTINCT "shop_order"."status" AS "Col1" FROM "shop_order") subquery
-- params: []
