query: Customer.objects.annotate(x=StrIndex("name", Value("i"))).values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", INSTR("shop_customer"."name", ?) AS "x"
FROM "shop_customer"
params: ["i"]

[postgresql]
SELECT "shop_customer"."id", STRPOS("shop_customer"."name", $1) AS "x"
FROM "shop_customer"
params: ["i"]

[mysql]
SELECT `shop_customer`.`id`, INSTR(`shop_customer`.`name`, ?) AS `x`
FROM `shop_customer`
params: ["i"]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", INSTR("SHOP_CUSTOMER"."NAME", :1) AS "X"
FROM "SHOP_CUSTOMER"
params: ["i"]
