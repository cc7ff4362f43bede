-- Customer.objects.values("id").annotate(name=Count("orders")).values_list("id", "name")
SELECT "SHOP_CUSTOMER"."ID", COUNT("SHOP_ORDER"."ID") AS "NAME" FROM "SHOP_CUSTOMER" LEFT OUTER JOIN "SHOP_ORDER" ON ("SHOP_CUSTOMER"."ID" = "SHOP_ORDER"."CUSTOMER_ID") GROUP BY "SHOP_CUSTOMER"."ID"
-- params: []
