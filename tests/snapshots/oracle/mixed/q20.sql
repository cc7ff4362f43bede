-- Customer.objects.filter(Q(city__iexact="paris") | Q(country="FR")).count()
SELECT COUNT(*) AS "__COUNT" FROM "SHOP_CUSTOMER" WHERE (UPPER("SHOP_CUSTOMER"."CITY") = UPPER(:1) OR "SHOP_CUSTOMER"."COUNTRY" = :2)
-- params: ["paris", "FR"]
