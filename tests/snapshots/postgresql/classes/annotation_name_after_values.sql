-- Customer.objects.values("id").annotate(name=Count("orders")).values_list("id", "name")
SELECT "shop_customer"."id", COUNT("shop_order"."id") AS "name" FROM "shop_customer" LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id") GROUP BY "shop_customer"."id"
-- params: []
