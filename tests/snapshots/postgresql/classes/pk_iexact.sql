-- Customer.objects.filter(pk__iexact="1").values_list("id", flat=True)
SELECT "shop_customer"."id" FROM "shop_customer" WHERE UPPER("shop_customer"."id"::text) = UPPER($1)
-- params: ["1"]
