query: Customer.objects.only("name").filter(vip=True)

[sqlite]
SELECT "shop_customer"."id", "shop_customer"."name"
FROM "shop_customer"
WHERE "shop_customer"."vip"
params: []

[postgresql]
SELECT "shop_customer"."id", "shop_customer"."name"
FROM "shop_customer"
WHERE "shop_customer"."vip"
params: []

[mysql]
SELECT `shop_customer`.`id`, `shop_customer`.`name`
FROM `shop_customer`
WHERE `shop_customer`.`vip`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", "SHOP_CUSTOMER"."NAME"
FROM "SHOP_CUSTOMER"
WHERE "SHOP_CUSTOMER"."VIP" = :1
params: [1]
