-- Customer.objects.values("id", latest=Subquery(Order.objects.filter(customer=OuterRef("pk")).order_by("-placed").values("total")[:1]))
SELECT "SHOP_CUSTOMER"."ID", (SELECT "U0"."TOTAL" FROM "SHOP_ORDER" "U0" WHERE "U0"."CUSTOMER_ID" = "SHOP_CUSTOMER"."ID" ORDER BY "U0"."PLACED" DESC FETCH FIRST 1 ROWS ONLY) AS "LATEST" FROM "SHOP_CUSTOMER"
-- params: []
