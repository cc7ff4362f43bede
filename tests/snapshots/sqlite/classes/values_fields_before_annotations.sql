-- Customer.objects.annotate(n=Count("orders")).values("n", "name")
SELECT "shop_customer"."name", COUNT("shop_order"."id") AS "n" FROM "shop_customer" LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id") GROUP BY "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
-- params: []
