-- Customer.objects.filter(pk__in=Order.objects.values("customer").alias(n=Count("id")).filter(n__gte=4).values("customer")).values_list("id", flat=True)
SELECT "shop_customer"."id" FROM "shop_customer" WHERE "shop_customer"."id" IN (SELECT "U0"."customer_id" FROM "shop_order" "U0" GROUP BY "U0"."customer_id" HAVING COUNT("U0"."id") >= ?)
-- params: [4]
