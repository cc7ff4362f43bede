query: Customer.objects.filter(joined__year__gt=2022).values_list("id", flat=True)

[sqlite]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE "shop_customer"."joined" > ?
params: [date(2022, 12, 31)]

[postgresql]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE "shop_customer"."joined" > $1
params: [date(2022, 12, 31)]

[mysql]
SELECT `shop_customer`.`id`
FROM `shop_customer`
WHERE `shop_customer`.`joined` > ?
params: [date(2022, 12, 31)]

[oracle]
SELECT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
WHERE "SHOP_CUSTOMER"."JOINED" > :1
params: [date(2022, 12, 31)]
