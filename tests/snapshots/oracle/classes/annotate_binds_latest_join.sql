-- Customer.objects.filter(orders__status="paid").filter(orders__items__gt=2).annotate(t=F("orders__total")).values_list("id", "t")
SELECT "SHOP_CUSTOMER"."ID", "SHOP_ORDER"."TOTAL" AS "T" FROM "SHOP_CUSTOMER" INNER JOIN "SHOP_ORDER" ON ("SHOP_CUSTOMER"."ID" = "SHOP_ORDER"."CUSTOMER_ID") INNER JOIN "SHOP_ORDER" "T3" ON ("SHOP_CUSTOMER"."ID" = "T3"."CUSTOMER_ID") WHERE ("SHOP_ORDER"."STATUS" = :1 AND "T3"."ITEMS" > :2)
-- params: ["paid", 2]
