-- Customer.objects.filter(vip=True).values("city").annotate(n=Count("id")).filter(n__gte=2)
SELECT "shop_customer"."city", COUNT("shop_customer"."id") AS "n" FROM "shop_customer" WHERE "shop_customer"."vip" = $1 GROUP BY "shop_customer"."city" HAVING COUNT("shop_customer"."id") >= $2
-- params: [true, 2]
