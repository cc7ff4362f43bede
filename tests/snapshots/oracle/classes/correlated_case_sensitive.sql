-- Customer.objects.annotate(same=Exists(Customer.objects.filter(city=OuterRef("city")).exclude(pk=OuterRef("pk")))).values_list("id", "same")
SELECT "SHOP_CUSTOMER"."ID", CASE WHEN EXISTS(SELECT 1 AS "A" FROM "SHOP_CUSTOMER" "U0" WHERE ("U0"."CITY" = "SHOP_CUSTOMER"."CITY" AND NOT ("U0"."ID" = "SHOP_CUSTOMER"."ID"))) THEN 1 ELSE 0 END AS "SAME" FROM "SHOP_CUSTOMER"
-- params: []
