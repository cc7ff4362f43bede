-- Customer.objects.filter(~Exists(Order.objects.filter(customer=OuterRef("pk"))))
SELECT "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes" FROM "shop_customer" WHERE NOT (EXISTS(SELECT 1 AS "a" FROM "shop_order" "U0" WHERE "U0"."customer_id" = "shop_customer"."id"))
-- params: []
