-- Order.objects.annotate(n=Window(Count("id"), partition_by=[F("customer_id")])).values_list("id", "n")
SELECT "shop_order"."id", COUNT("shop_order"."id") OVER (PARTITION BY "shop_order"."customer_id") AS "n" FROM "shop_order" ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
-- params: []
