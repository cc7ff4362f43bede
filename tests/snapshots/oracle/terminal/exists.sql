-- Customer.objects.filter(name="Nobody").exists()
SELECT 1 AS "A" FROM "SHOP_CUSTOMER" WHERE "SHOP_CUSTOMER"."NAME" = :1 FETCH FIRST 1 ROWS ONLY
-- params: ["Nobody"]
