-- Customer.objects.filter(email__iendswith="@example.com").exclude(vip=True)
SELECT "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes" FROM "shop_customer" WHERE (UPPER("shop_customer"."email") LIKE UPPER($1) AND NOT ("shop_customer"."vip" = $2))
-- params: ["%@example.com", true]
