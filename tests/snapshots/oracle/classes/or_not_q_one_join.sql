-- Customer.objects.filter(Q(orders__status="paid") | ~Q(orders__items=2)).values_list("id", flat=True)
SELECT "SHOP_CUSTOMER"."ID" FROM "SHOP_CUSTOMER" LEFT OUTER JOIN "SHOP_ORDER" ON ("SHOP_CUSTOMER"."ID" = "SHOP_ORDER"."CUSTOMER_ID") WHERE ("SHOP_ORDER"."STATUS" = :1 OR NOT (EXISTS(SELECT 1 AS "A" FROM "SHOP_CUSTOMER" "U0" INNER JOIN "SHOP_ORDER" "U1" ON ("U0"."ID" = "U1"."CUSTOMER_ID") WHERE ("U0"."ID" = "SHOP_CUSTOMER"."ID" AND "U1"."ITEMS" = :2))))
-- params: ["paid", 2]
