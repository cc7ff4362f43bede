-- Customer.objects.filter(Q(orders__status="paid") | ~Q(orders__items=2)).values_list("id", flat=True)
SELECT "shop_customer"."id" FROM "shop_customer" LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id") WHERE ("shop_order"."status" = ? OR NOT (EXISTS(SELECT 1 AS "a" FROM "shop_customer" "U0" INNER JOIN "shop_order" "U1" ON ("U0"."id" = "U1"."customer_id") WHERE ("U0"."id" = "shop_customer"."id" AND "U1"."items" = ?))))
-- params: ["paid", 2]
