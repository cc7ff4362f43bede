query: Customer.objects.filter(name="Nobody").exists()

[sqlite]
SELECT 1 AS "a"
FROM "shop_customer"
WHERE "shop_customer"."name" = ?
LIMIT 1
params: ["Nobody"]

[postgresql]
SELECT 1 AS "a"
FROM "shop_customer"
WHERE "shop_customer"."name" = $1
LIMIT 1
params: ["Nobody"]

[mysql]
SELECT 1 AS `a`
FROM `shop_customer`
WHERE `shop_customer`.`name` = BINARY ?
LIMIT 1
params: ["Nobody"]

[oracle]
SELECT 1 AS "A"
FROM "SHOP_CUSTOMER"
WHERE "SHOP_CUSTOMER"."NAME" = :1
FETCH FIRST 1 ROWS ONLY
params: ["Nobody"]
