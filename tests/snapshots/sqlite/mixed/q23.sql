-- Customer.objects.annotate(full=Concat("name", Value(" <"), "email", Value(">"))).values_list("full", flat=True)
SELECT COALESCE("shop_customer"."name", '') || COALESCE(?, '') || COALESCE("shop_customer"."email", '') || COALESCE(?, '') AS "full" FROM "shop_customer"
-- params: [" <", ">"]
