-- Customer.objects.exclude(orders__status="shipped")
SELECT "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes" FROM "shop_customer" WHERE NOT (EXISTS(SELECT 1 AS "a" FROM "shop_customer" "U0" INNER JOIN "shop_order" "U1" ON ("U0"."id" = "U1"."customer_id") WHERE ("U0"."id" = "shop_customer"."id" AND "U1"."status" = ?)))
-- params: ["shipped"]
