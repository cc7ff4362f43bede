-- Customer.objects.filter(pk__iexact="1").values_list("id", flat=True)
SELECT "SHOP_CUSTOMER"."ID" FROM "SHOP_CUSTOMER" WHERE UPPER("SHOP_CUSTOMER"."ID") = UPPER(:1)
-- params: ["1"]
