-- Customer.objects.filter(Q(city__iexact="paris") | Q(country="FR")).count()
SELECT COUNT(*) AS "__count" FROM "shop_customer" WHERE (UPPER("shop_customer"."city") = UPPER($1) OR "shop_customer"."country" = $2)
-- params: ["paris", "FR"]
