-- Customer.objects.annotate(spent=Sum("orders__total", default=0)).values_list("id", "spent")
SELECT "shop_customer"."id", COALESCE(SUM("shop_order"."total"), ?) AS "spent" FROM "shop_customer" LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id") GROUP BY "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
-- params: [0]
