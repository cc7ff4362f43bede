-- Customer.objects.only("name").filter(vip=True)
SELECT "SHOP_CUSTOMER"."ID", "SHOP_CUSTOMER"."NAME" FROM "SHOP_CUSTOMER" WHERE "SHOP_CUSTOMER"."VIP" = :1
-- params: [1]
