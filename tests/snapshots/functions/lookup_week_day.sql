query: Customer.objects.filter(joined__week_day=2).values_list("id", flat=True)

[sqlite]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE (CAST(strftime('%w', "shop_customer"."joined") AS INTEGER) + 1) = ?
params: [2]

[postgresql]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE (EXTRACT(DOW FROM "shop_customer"."joined") + 1) = $1
params: [2]

[mysql]
SELECT `shop_customer`.`id`
FROM `shop_customer`
WHERE DAYOFWEEK(`shop_customer`.`joined`) = ?
params: [2]

[oracle]
SELECT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
WHERE (MOD((TRUNC("SHOP_CUSTOMER"."JOINED") - TRUNC("SHOP_CUSTOMER"."JOINED", 'IW')) + 1, 7) + 1) = :1
params: [2]
