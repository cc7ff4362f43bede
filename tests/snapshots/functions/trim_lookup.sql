query: Customer.objects.annotate(x=Trim("name")).filter(x=F("name")).values_list("id", flat=True)

[sqlite]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE TRIM("shop_customer"."name") = "shop_customer"."name"
params: []

[postgresql]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE TRIM("shop_customer"."name") = "shop_customer"."name"
params: []

[mysql]
SELECT `shop_customer`.`id`
FROM `shop_customer`
WHERE TRIM(`shop_customer`.`name`) = BINARY `shop_customer`.`name`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
WHERE TRIM("SHOP_CUSTOMER"."NAME") = "SHOP_CUSTOMER"."NAME"
params: []
