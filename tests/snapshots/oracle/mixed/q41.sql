-- Order.objects.values("status").distinct().count()
SELECT COUNT(*) AS "__COUNT" FROM (SELECT DISTINCT "SHOP_ORDER"."STATUS" AS "COL1" FROM "SHOP_ORDER") subquery
-- params: []
