query: Customer.objects.annotate(s=F("score")).filter(~Q(s__gt=3)).values_list("id", flat=True)

[sqlite]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE NOT ("shop_customer"."score" > ?)
params: [3]

[postgresql]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE NOT ("shop_customer"."score" > $1)
params: [3]

[mysql]
SELECT `shop_customer`.`id`
FROM `shop_customer`
WHERE NOT (`shop_customer`.`score` > ?)
params: [3]

[oracle]
SELECT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
WHERE NOT ("SHOP_CUSTOMER"."SCORE" > :1)
params: [3]
