-- Customer.objects.annotate(n=Subquery(Order.objects.filter(customer=OuterRef("pk")).values("customer").annotate(c=Count("id")).values("c"))).values_list("id", "n")
SELECT "shop_customer"."id", (SELECT COUNT("U0"."id") AS "c" FROM "shop_order" "U0" WHERE "U0"."customer_id" = "shop_customer"."id" GROUP BY "U0"."customer_id") AS "n" FROM "shop_customer"
-- params: []
