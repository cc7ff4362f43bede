-- Customer.objects.filter(pk__in=Order.objects.values("customer").alias(n=Count("id")).filter(n__gte=4).values("customer")).values_list("id", flat=True)
SELECT "SHOP_CUSTOMER"."ID" FROM "SHOP_CUSTOMER" WHERE "SHOP_CUSTOMER"."ID" IN (SELECT "U0"."CUSTOMER_ID" FROM "SHOP_ORDER" "U0" GROUP BY "U0"."CUSTOMER_ID" HAVING COUNT("U0"."ID") >= :1)
-- params: [4]
