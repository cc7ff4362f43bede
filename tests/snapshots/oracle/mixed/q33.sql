-- Customer.objects.filter(vip=True).values("city").annotate(n=Count("id")).filter(n__gte=2)
SELECT "SHOP_CUSTOMER"."CITY", COUNT("SHOP_CUSTOMER"."ID") AS "N" FROM "SHOP_CUSTOMER" WHERE "SHOP_CUSTOMER"."VIP" = :1 GROUP BY "SHOP_CUSTOMER"."CITY" HAVING COUNT("SHOP_CUSTOMER"."ID") >= :2
-- params: [1, 2]
