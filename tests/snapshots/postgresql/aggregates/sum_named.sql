-- Order.objects.filter(status="paid").aggregate(s=Sum("total"))
SELECT SUM("shop_order"."total") AS "s" FROM "shop_order" WHERE "shop_order"."status" = $1
-- params: ["paid"]
