-- Order.objects.aggregate(paid=Count("id", filter=Q(status="paid")))
SELECT COUNT(CASE WHEN "SHOP_ORDER"."STATUS" = :1 THEN "SHOP_ORDER"."ID" ELSE NULL END) AS "PAID" FROM "SHOP_ORDER"
-- params: ["paid"]
