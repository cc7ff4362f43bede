-- OrderLine.objects.filter(order__customer__country="DE")
SELECT "shop_orderline"."id", "shop_orderline"."order_id", "shop_orderline"."product_id", "shop_orderline"."quantity", "shop_orderline"."unit_price", "shop_orderline"."note" FROM "shop_orderline" INNER JOIN "shop_order" ON ("shop_orderline"."order_id" = "shop_order"."id") INNER JOIN "shop_customer" ON ("shop_order"."customer_id" = "shop_customer"."id") WHERE "shop_customer"."country" = ?
-- params: ["DE"]
