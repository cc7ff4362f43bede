-- Customer.objects.filter(name__in=Customer.objects.filter(vip=True).values_list("name", flat=True))
SELECT "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes" FROM "shop_customer" WHERE "shop_customer"."name" IN (SELECT "U0"."name" FROM "shop_customer" "U0" WHERE "U0"."vip" = ?)
-- params: [true]
