-- Customer.objects.filter(pk__iexact="1").values_list("id", flat=True)
SELECT "shop_customer"."id" FROM "shop_customer" WHERE "shop_customer"."id" LIKE ? ESCAPE '\'
-- params: ["1"]
