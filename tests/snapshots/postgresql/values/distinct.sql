-- Customer.objects.values("country").distinct()
SELECT DISTINCT "shop_customer"."country" FROM "shop_customer"
-- params: []
