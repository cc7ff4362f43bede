-- Order.objects.filter(coupon__isnull=False).exclude(coupon="")
SELECT "shop_order"."id", "shop_order"."customer_id", "shop_order"."status", "shop_order"."placed", "shop_order"."shipped", "shop_order"."total", "shop_order"."discount", "shop_order"."coupon", "shop_order"."items" FROM "shop_order" WHERE ("shop_order"."coupon" IS NOT NULL AND NOT (("shop_order"."coupon" = ? AND "shop_order"."coupon" IS NOT NULL))) ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
-- params: [""]
