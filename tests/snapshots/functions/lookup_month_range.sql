query: Customer.objects.filter(joined__month__range=(3, 8)).values_list("id", flat=True)

[sqlite]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE CAST(strftime('%m', "shop_customer"."joined") AS INTEGER) BETWEEN ? AND ?
params: [3, 8]

[postgresql]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE EXTRACT(MONTH FROM "shop_customer"."joined") BETWEEN $1 AND $2
params: [3, 8]

[mysql]
SELECT `shop_customer`.`id`
FROM `shop_customer`
WHERE EXTRACT(MONTH FROM `shop_customer`.`joined`) BETWEEN ? AND ?
params: [3, 8]

[oracle]
SELECT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
WHERE EXTRACT(MONTH FROM "SHOP_CUSTOMER"."JOINED") BETWEEN :1 AND :2
params: [3, 8]
