query: Customer.objects.values("id", "name", "city")

[sqlite]
SELECT "shop_customer"."id", "shop_customer"."name", "shop_customer"."city"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", "shop_customer"."name", "shop_customer"."city"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, `shop_customer`.`name`, `shop_customer`.`city`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", "SHOP_CUSTOMER"."NAME", "SHOP_CUSTOMER"."CITY"
FROM "SHOP_CUSTOMER"
params: []
