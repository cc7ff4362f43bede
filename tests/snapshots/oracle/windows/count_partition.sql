-- Order.objects.annotate(n=Window(Count("id"), partition_by=[F("customer_id")])).values_list("id", "n")
SELECT "SHOP_ORDER"."ID", COUNT("SHOP_ORDER"."ID") OVER (PARTITION BY "SHOP_ORDER"."CUSTOMER_ID") AS "N" FROM "SHOP_ORDER" ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
-- params: []
