-- Order.objects.filter(placed__second=0)
SELECT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items" FROM "shop_order" WHERE FLOOR(EXTRACT(SECOND FROM "shop_order"."placed")) = $1 ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
-- params: [0]
