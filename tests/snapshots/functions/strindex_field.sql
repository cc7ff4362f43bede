query: Customer.objects.annotate(x=StrIndex("name", "country")).values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", INSTR("shop_customer"."name", "shop_customer"."country") AS "x"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", STRPOS("shop_customer"."name", "shop_customer"."country") AS "x"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, INSTR(`shop_customer`.`name`, `shop_customer`.`country`) AS `x`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", INSTR("SHOP_CUSTOMER"."NAME", "SHOP_CUSTOMER"."COUNTRY") AS "X"
FROM "SHOP_CUSTOMER"
params: []
