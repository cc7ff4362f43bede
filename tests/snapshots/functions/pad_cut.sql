query: Customer.objects.annotate(l=LPad("name", 3, Value(".")), r=RPad("name", 4)).values_list("id", "l", "r")

[sqlite]
SELECT "shop_customer"."id", LPAD("shop_customer"."name", ?, ?) AS "l", RPAD("shop_customer"."name", ?, ?) AS "r"
FROM "shop_customer"
params: [3, ".", 4, " "]

[postgresql]
SELECT "shop_customer"."id", LPAD("shop_customer"."name", $1, $2) AS "l", RPAD("shop_customer"."name", $3, $4) AS "r"
FROM "shop_customer"
params: [3, ".", 4, " "]

[mysql]
SELECT `shop_customer`.`id`, LPAD(`shop_customer`.`name`, ?, ?) AS `l`, RPAD(`shop_customer`.`name`, ?, ?) AS `r`
FROM `shop_customer`
params: [3, ".", 4, " "]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", LPAD("SHOP_CUSTOMER"."NAME", :1, :2) AS "L", RPAD("SHOP_CUSTOMER"."NAME", :3, :4) AS "R"
FROM "SHOP_CUSTOMER"
params: [3, ".", 4, " "]
