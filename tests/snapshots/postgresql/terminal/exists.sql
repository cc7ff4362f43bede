-- Customer.objects.filter(name="Nobody").exists()
SELECT 1 AS "a" FROM "shop_customer" WHERE "shop_customer"."name" = $1 LIMIT 1
-- params: ["Nobody"]
