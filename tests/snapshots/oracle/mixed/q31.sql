-- Customer.objects.only("name", "email")
SELECT "SHOP_CUSTOMER"."ID", "SHOP_CUSTOMER"."NAME", "SHOP_CUSTOMER"."EMAIL" FROM "SHOP_CUSTOMER"
-- params: []
