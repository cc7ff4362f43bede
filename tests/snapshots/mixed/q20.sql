query: Customer.objects.filter(Q(city__iexact="paris") | Q(country="FR")).count()

[sqlite]
SELECT COUNT(*) AS "__count"
FROM "shop_customer"
WHERE ("shop_customer"."city" LIKE ? ESCAPE '\' OR "shop_customer"."country" = ?)
params: ["paris", "FR"]

[postgresql]
SELECT COUNT(*) AS "__count"
FROM "shop_customer"
WHERE (UPPER("shop_customer"."city") = UPPER($1) OR "shop_customer"."country" = $2)
params: ["paris", "FR"]

[mysql]
SELECT COUNT(*) AS `__count`
FROM `shop_customer`
WHERE (`shop_customer`.`city` LIKE ? OR `shop_customer`.`country` = BINARY ?)
params: ["paris", "FR"]

[oracle]
SELECT COUNT(*) AS "__COUNT"
FROM "SHOP_CUSTOMER"
WHERE (UPPER("SHOP_CUSTOMER"."CITY") = UPPER(:1) OR "SHOP_CUSTOMER"."COUNTRY" = :2)
params: ["paris", "FR"]
