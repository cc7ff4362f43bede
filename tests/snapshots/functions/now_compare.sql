query: Customer.objects.filter(joined__lt=Now()).values_list("id", flat=True)

[sqlite]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE "shop_customer"."joined" < STRFTIME('%Y-%m-%d %H:%M:%f', 'NOW')
params: []

[postgresql]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE "shop_customer"."joined" < STATEMENT_TIMESTAMP()
params: []

[mysql]
SELECT `shop_customer`.`id`
FROM `shop_customer`
WHERE `shop_customer`.`joined` < CURRENT_TIMESTAMP
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
WHERE "SHOP_CUSTOMER"."JOINED" < CURRENT_TIMESTAMP
params: []
