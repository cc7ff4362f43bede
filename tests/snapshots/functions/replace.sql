query: Customer.objects.annotate(x=Replace("name", Value("Smith"), Value("S.")), y=Replace("city", Value("a"))).values_list("id", "x", "y")

[sqlite]
SELECT "shop_customer"."id", REPLACE("shop_customer"."name", ?, ?) AS "x", REPLACE("shop_customer"."city", ?, ?) AS "y"
FROM "shop_customer"
params: ["Smith", "S.", "a", ""]

[postgresql]
SELECT "shop_customer"."id", REPLACE("shop_customer"."name", $1, $2) AS "x", REPLACE("shop_customer"."city", $3, $4) AS "y"
FROM "shop_customer"
params: ["Smith", "S.", "a", ""]

[mysql]
SELECT `shop_customer`.`id`, REPLACE(`shop_customer`.`name`, ?, ?) AS `x`, REPLACE(`shop_customer`.`city`, ?, ?) AS `y`
FROM `shop_customer`
params: ["Smith", "S.", "a", ""]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", REPLACE("SHOP_CUSTOMER"."NAME", :1, :2) AS "X", REPLACE("SHOP_CUSTOMER"."CITY", :3, :4) AS "Y"
FROM "SHOP_CUSTOMER"
params: ["Smith", "S.", "a", ""]
