query: Customer.objects.annotate(o=Ord("name")).filter(o__gte=77).values_list("id", flat=True)

[sqlite]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE UNICODE("shop_customer"."name") >= ?
params: [77]

[postgresql]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE ASCII("shop_customer"."name") >= $1
params: [77]

[mysql]
SELECT `shop_customer`.`id`
FROM `shop_customer`
WHERE ORD(`shop_customer`.`name`) >= ?
params: [77]

[oracle]
SELECT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
WHERE ASCII("SHOP_CUSTOMER"."NAME") >= :1
params: [77]
