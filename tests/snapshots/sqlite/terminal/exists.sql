-- Customer.objects.filter(name="Nobody").exists()
SELECT 1 AS "a" FROM "shop_customer" WHERE "shop_customer"."name" = ? LIMIT 1
-- params: ["Nobody"]
