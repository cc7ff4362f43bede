-- Customer.objects.annotate(full=Concat("name", Value(" <"), "email", Value(">"))).values_list("full", flat=True)
SELECT COALESCE("shop_customer"."name", '') || COALESCE($1, '') || COALESCE("shop_customer"."email", '') || COALESCE($2, '') AS "full" FROM "shop_customer"
-- params: [" <", ">"]
