query: Customer.objects.values_list("country", flat=True).distinct().order_by("country")

[sqlite]
SELECT DISTINCT "shop_customer"."country"
FROM "shop_customer"
ORDER BY "shop_customer"."country" ASC
params: []

[postgresql]
SELECT DISTINCT "shop_customer"."country"
FROM "shop_customer"
ORDER BY "shop_customer"."country" ASC
params: []

[mysql]
SELECT DISTINCT `shop_customer`.`country`
FROM `shop_customer`
ORDER BY `shop_customer`.`country` ASC
params: []

[oracle]
SELECT DISTINCT "SHOP_CUSTOMER"."COUNTRY"
FROM "SHOP_CUSTOMER"
ORDER BY "SHOP_CUSTOMER"."COUNTRY" ASC
params: []
