-- Customer.objects.values("id", latest=Subquery(Order.objects.filter(customer=OuterRef("pk")).order_by("-placed").values("total")[:1]))
SELECT "shop_customer"."id", (SELECT "U0"."total" FROM "shop_order" "U0" WHERE "U0"."customer_id" = "shop_customer"."id" ORDER BY "U0"."placed" DESC LIMIT 1) AS "latest" FROM "shop_customer"
-- params: []
