-- Customer.objects.filter(Q(city__iexact="paris") | Q(country="FR")).count()
SELECT COUNT(*) AS "__count" FROM "shop_customer" WHERE ("shop_customer"."city" LIKE ? ESCAPE '\' OR "shop_customer"."country" = ?)
-- params: ["paris", "FR"]
