query: Customer.objects.annotate(r=Reverse("name")).filter(r__startswith="n").values_list("id", flat=True)

[sqlite]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE REVERSE("shop_customer"."name") GLOB ?
params: ["n*"]

[postgresql]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE REVERSE("shop_customer"."name") LIKE $1
params: ["n%"]

[mysql]
SELECT `shop_customer`.`id`
FROM `shop_customer`
WHERE REVERSE(`shop_customer`.`name`) LIKE BINARY ?
params: ["n%"]

[oracle]
SELECT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
WHERE (
  SELECT LISTAGG(s) WITHIN GROUP (ORDER BY n DESC)
  FROM (
    SELECT LEVEL n, SUBSTR("SHOP_CUSTOMER"."NAME", LEVEL, 1) s
    FROM DUAL CONNECT BY LEVEL <= LENGTH("SHOP_CUSTOMER"."NAME")
  )
  GROUP BY "SHOP_CUSTOMER"."NAME"
) LIKE :1 ESCAPE '\'
params: ["n%"]
