-- Customer.objects.values("country").distinct().count()
SELECT COUNT(*) AS "__COUNT" FROM (SELECT DISTINCT "SHOP_CUSTOMER"."COUNTRY" AS "COL1" FROM "SHOP_CUSTOMER") subquery
-- params: []
