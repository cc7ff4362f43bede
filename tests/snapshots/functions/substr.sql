query: Customer.objects.annotate(a=Substr("name", 2), b=Substr("city", 1, 3)).values_list("id", "a", "b")

[sqlite]
SELECT "shop_customer"."id", SUBSTR("shop_customer"."name", ?) AS "a", SUBSTR("shop_customer"."city", ?, ?) AS "b"
FROM "shop_customer"
params: [2, 1, 3]

[postgresql]
SELECT "shop_customer"."id", SUBSTRING("shop_customer"."name", $1) AS "a", SUBSTRING("shop_customer"."city", $2, $3) AS "b"
FROM "shop_customer"
params: [2, 1, 3]

[mysql]
SELECT `shop_customer`.`id`, SUBSTRING(`shop_customer`.`name`, ?) AS `a`, SUBSTRING(`shop_customer`.`city`, ?, ?) AS `b`
FROM `shop_customer`
params: [2, 1, 3]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", SUBSTR("SHOP_CUSTOMER"."NAME", :1) AS "A", SUBSTR("SHOP_CUSTOMER"."CITY", :2, :3) AS "B"
FROM "SHOP_CUSTOMER"
params: [2, 1, 3]
