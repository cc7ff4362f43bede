-- Customer.objects.filter(orders__status="paid").filter(orders__items__gt=2).annotate(t=F("orders__total")).values_list("id", "t")
SELECT "shop_customer"."id", "shop_order"."total" AS "t" FROM "shop_customer" INNER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id") INNER JOIN "shop_order" "T3" ON ("shop_customer"."id" = "T3"."customer_id") WHERE ("shop_order"."status" = ? AND "T3"."items" > ?)
-- params: ["paid", 2]
