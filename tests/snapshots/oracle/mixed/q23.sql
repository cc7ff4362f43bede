-- Customer.objects.annotate(full=Concat("name", Value(" <"), "email", Value(">"))).values_list("full", flat=True)
SELECT COALESCE("SHOP_CUSTOMER"."NAME", '') || COALESCE(:1, '') || COALESCE("SHOP_CUSTOMER"."EMAIL", '') || COALESCE(:2, '') AS "FULL" FROM "SHOP_CUSTOMER"
-- params: [" <", ">"]
