query: Customer.objects.annotate(o=Ord("name"), c=Ord("city")).values_list("id", "o", "c")

[sqlite]
SELECT "shop_customer"."id", UNICODE("shop_customer"."name") AS "o", UNICODE("shop_customer"."city") AS "c"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", ASCII("shop_customer"."name") AS "o", ASCII("shop_customer"."city") AS "c"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, ORD(`shop_customer`.`name`) AS `o`, ORD(`shop_customer`.`city`) AS `c`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", ASCII("SHOP_CUSTOMER"."NAME") AS "O", ASCII("SHOP_CUSTOMER"."CITY") AS "C"
FROM "SHOP_CUSTOMER"
params: []
