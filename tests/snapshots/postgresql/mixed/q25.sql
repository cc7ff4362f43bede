-- Customer.objects.filter(orders__isnull=False).distinct()
SELECT DISTINCT "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes" FROM "shop_customer" INNER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id") WHERE "shop_order"."id" IS NOT NULL
-- params: []
