-- Order.objects.order_by("customer").distinct("customer")
SELECT DISTINCT ON ("shop_order"."customer_id") "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items" FROM "shop_order" ORDER BY "shop_order"."customer_id" ASC
-- params: []
