query: Customer.objects.annotate(x=Reverse("city")).values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", REVERSE("shop_customer"."city") AS "x"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", REVERSE("shop_customer"."city") AS "x"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, REVERSE(`shop_customer`.`city`) AS `x`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", (
  SELECT LISTAGG(s) WITHIN GROUP (ORDER BY n DESC)
  FROM (
    SELECT LEVEL n, SUBSTR("SHOP_CUSTOMER"."CITY", LEVEL, 1) s
    FROM DUAL CONNECT BY LEVEL <= LENGTH("SHOP_CUSTOMER"."CITY")
  )
  GROUP BY "SHOP_CUSTOMER"."CITY"
) AS "X"
FROM "SHOP_CUSTOMER"
params: []
