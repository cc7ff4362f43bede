-- Order.objects.aggregate(paid=Count("id", filter=Q(status="paid")))
SELECT COUNT("shop_order"."id") FILTER (WHERE "shop_order"."status" = $1) AS "paid" FROM "shop_order"
-- params: ["paid"]
