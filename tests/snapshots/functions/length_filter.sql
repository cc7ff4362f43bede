query: Customer.objects.annotate(n=Length("name")).filter(n__gt=8).values_list("id", flat=True)

[sqlite]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE LENGTH("shop_customer"."name") > ?
params: [8]

[postgresql]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE LENGTH("shop_customer"."name") > $1
params: [8]

[mysql]
SELECT `shop_customer`.`id`
FROM `shop_customer`
WHERE CHAR_LENGTH(`shop_customer`.`name`) > ?
params: [8]

[oracle]
SELECT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
WHERE LENGTH("SHOP_CUSTOMER"."NAME") > :1
params: [8]
