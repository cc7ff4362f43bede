-- Customer.objects.annotate(n=Subquery(Customer.objects.filter(city=OuterRef("city")).values("city").annotate(c=Count("id")).values("c"))).values_list("id", "n")
SELECT "SHOP_CUSTOMER"."ID", (SELECT COUNT("U0"."ID") AS "C" FROM "SHOP_CUSTOMER" "U0" WHERE "U0"."CITY" = "SHOP_CUSTOMER"."CITY" GROUP BY "U0"."CITY") AS "N" FROM "SHOP_CUSTOMER"
-- params: []
