query: Customer.objects.annotate(x=Coalesce("email", "city", Value("?"))).values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", COALESCE("shop_customer"."email", "shop_customer"."city", ?) AS "x"
FROM "shop_customer"
params: ["?"]

[postgresql]
SELECT "shop_customer"."id", COALESCE("shop_customer"."email", "shop_customer"."city", $1) AS "x"
FROM "shop_customer"
params: ["?"]

[mysql]
SELECT `shop_customer`.`id`, COALESCE(`shop_customer`.`email`, `shop_customer`.`city`, ?) AS `x`
FROM `shop_customer`
params: ["?"]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", COALESCE("SHOP_CUSTOMER"."EMAIL", "SHOP_CUSTOMER"."CITY", :1) AS "X"
FROM "SHOP_CUSTOMER"
params: ["?"]
