-- Customer.objects.annotate(c=NullIf("city", Value(""))).values_list("id", "c")
SELECT "SHOP_CUSTOMER"."ID", NULLIF("SHOP_CUSTOMER"."CITY", :1) AS "C" FROM "SHOP_CUSTOMER"
-- params: [""]
