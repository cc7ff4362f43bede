-- Customer.objects.values("country").distinct().count()
SELECT COUNT(*) AS "__count" FROM (SELECT DISTINCT "shop_customer"."country" AS "Col1" FROM "shop_customer") subquery
-- params: []
