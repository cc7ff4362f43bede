query: Customer.objects.annotate(x=Substr("email", StrIndex("email", Value("@")))).values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", SUBSTR("shop_customer"."email", INSTR("shop_customer"."email", ?)) AS "x"
FROM "shop_customer"
params: ["@"]

[postgresql]
SELECT "shop_customer"."id", SUBSTRING("shop_customer"."email", STRPOS("shop_customer"."email", $1)) AS "x"
FROM "shop_customer"
params: ["@"]

[mysql]
SELECT `shop_customer`.`id`, SUBSTRING(`shop_customer`.`email`, INSTR(`shop_customer`.`email`, ?)) AS `x`
FROM `shop_customer`
params: ["@"]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", SUBSTR("SHOP_CUSTOMER"."EMAIL", INSTR("SHOP_CUSTOMER"."EMAIL", :1)) AS "X"
FROM "SHOP_CUSTOMER"
params: ["@"]
