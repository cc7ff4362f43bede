query: Customer.objects.annotate(x=Upper(Reverse(LPad(Substr("city", 1, 4), 6, Value("~"))))).values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", UPPER(REVERSE(LPAD(SUBSTR("shop_customer"."city", ?, ?), ?, ?))) AS "x"
FROM "shop_customer"
params: [1, 4, 6, "~"]

[postgresql]
SELECT "shop_customer"."id", UPPER(REVERSE(LPAD(SUBSTRING("shop_customer"."city", $1, $2), $3, $4))) AS "x"
FROM "shop_customer"
params: [1, 4, 6, "~"]

[mysql]
SELECT `shop_customer`.`id`, UPPER(REVERSE(LPAD(SUBSTRING(`shop_customer`.`city`, ?, ?), ?, ?))) AS `x`
FROM `shop_customer`
params: [1, 4, 6, "~"]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", UPPER((
  SELECT LISTAGG(s) WITHIN GROUP (ORDER BY n DESC)
  FROM (
    SELECT LEVEL n, SUBSTR(LPAD(SUBSTR("SHOP_CUSTOMER"."CITY", :1, :2), :3, :4), LEVEL, 1) s
    FROM DUAL CONNECT BY LEVEL <= LENGTH(LPAD(SUBSTR("SHOP_CUSTOMER"."CITY", :5, :6), :7, :8))
  )
  GROUP BY LPAD(SUBSTR("SHOP_CUSTOMER"."CITY", :9, :10), :11, :12)
)) AS "X"
FROM "SHOP_CUSTOMER"
params: [1, 4, 6, "~", 1, 4, 6, "~", 1, 4, 6, "~"]
