-- Customer.objects.annotate(last_total=Subquery(Order.objects.filter(customer=OuterRef("pk")).order_by("-placed", "-id").values("total")[:1])).values_list("id", "last_total")
SELECT "SHOP_CUSTOMER"."ID", (SELECT "U0"."TOTAL" FROM "SHOP_ORDER" "U0" WHERE "U0"."CUSTOMER_ID" = "SHOP_CUSTOMER"."ID" ORDER BY "U0"."PLACED" DESC, "U0"."ID" DESC FETCH FIRST 1 ROWS ONLY) AS "LAST_TOTAL" FROM "SHOP_CUSTOMER"
-- params: []
