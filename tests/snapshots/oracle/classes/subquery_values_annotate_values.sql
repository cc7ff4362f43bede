-- Customer.objects.annotate(n=Subquery(Order.objects.filter(customer=OuterRef("pk")).values("customer").annotate(c=Count("id")).values("c"))).values_list("id", "n")
SELECT "SHOP_CUSTOMER"."ID", (SELECT COUNT("U0"."ID") AS "C" FROM "SHOP_ORDER" "U0" WHERE "U0"."CUSTOMER_ID" = "SHOP_CUSTOMER"."ID" GROUP BY "U0"."CUSTOMER_ID") AS "N" FROM "SHOP_CUSTOMER"
-- params: []
