query: Customer.objects.filter(vip=True).values("city").annotate(n=Count("id")).filter(n__gte=2)

[sqlite]
SELECT "shop_customer"."city", COUNT("shop_customer"."id") AS "n"
FROM "shop_customer"
WHERE "shop_customer"."vip"
GROUP BY "shop_customer"."city"
HAVING COUNT("shop_customer"."id") >= ?
params: [2]

[postgresql]
SELECT "shop_customer"."city", COUNT("shop_customer"."id") AS "n"
FROM "shop_customer"
WHERE "shop_customer"."vip"
GROUP BY "shop_customer"."city"
HAVING COUNT("shop_customer"."id") >= $1
params: [2]

[mysql]
SELECT `shop_customer`.`city`, COUNT(`shop_customer`.`id`) AS `n`
FROM `shop_customer`
WHERE `shop_customer`.`vip`
GROUP BY `shop_customer`.`city`
HAVING COUNT(`shop_customer`.`id`) >= ?
params: [2]

[oracle]
SELECT "SHOP_CUSTOMER"."CITY", COUNT("SHOP_CUSTOMER"."ID") AS "N"
FROM "SHOP_CUSTOMER"
WHERE "SHOP_CUSTOMER"."VIP" = :1
GROUP BY "SHOP_CUSTOMER"."CITY"
HAVING COUNT("SHOP_CUSTOMER"."ID") >= :2
params: [1, 2]
