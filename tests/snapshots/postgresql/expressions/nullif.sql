-- Customer.objects.annotate(c=NullIf("city", Value(""))).values_list("id", "c")
SELECT "shop_customer"."id", NULLIF("shop_customer"."city", $1) AS "c" FROM "shop_customer"
-- params: [""]
