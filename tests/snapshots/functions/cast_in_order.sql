query: Customer.objects.annotate(x=Cast("credit", output_field=IntegerField())).order_by("x", "id").values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", CAST(ROUND("shop_customer"."credit") AS integer) AS "x"
FROM "shop_customer"
ORDER BY "x" ASC, "shop_customer"."id" ASC
params: []

[postgresql]
SELECT "shop_customer"."id", CAST("shop_customer"."credit" AS integer) AS "x"
FROM "shop_customer"
ORDER BY "x" ASC, "shop_customer"."id" ASC
params: []

[mysql]
SELECT `shop_customer`.`id`, CAST(`shop_customer`.`credit` AS signed integer) AS `x`
FROM `shop_customer`
ORDER BY `x` ASC, `shop_customer`.`id` ASC
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", CAST("SHOP_CUSTOMER"."CREDIT" AS NUMBER(11)) AS "X"
FROM "SHOP_CUSTOMER"
ORDER BY "X" ASC, "SHOP_CUSTOMER"."ID" ASC
params: []
