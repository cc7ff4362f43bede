-- Order.objects.filter(shipped__range=[date(2020, 1, 1), date(2020, 12, 31)])
SELECT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items" FROM "shop_order" WHERE "shop_order"."shipped" BETWEEN $1 AND $2 ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
-- params: ["2020-01-01", "2020-12-31"]
