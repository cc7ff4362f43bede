-- Customer.objects.values("id", "name", "city")
SELECT "SHOP_CUSTOMER"."ID", "SHOP_CUSTOMER"."NAME", "SHOP_CUSTOMER"."CITY" FROM "SHOP_CUSTOMER"
-- params: []
