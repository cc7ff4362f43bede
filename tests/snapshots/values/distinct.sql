query: Customer.objects.values("country").distinct()

[sqlite]
SELECT DISTINCT "shop_customer"."country"
FROM "shop_customer"
params: []

[postgresql]
SELECT DISTINCT "shop_customer"."country"
FROM "shop_customer"
params: []

[mysql]
SELECT DISTINCT `shop_customer`.`country`
FROM `shop_customer`
params: []

[oracle]
SELECT DISTINCT "SHOP_CUSTOMER"."COUNTRY"
FROM "SHOP_CUSTOMER"
params: []
