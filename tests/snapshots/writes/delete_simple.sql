query: OrderLine.objects.filter(quantity=0).delete()

[sqlite]
DELETE FROM "shop_orderline"
WHERE "shop_orderline"."quantity" = ?
params: [0]

[postgresql]
DELETE FROM "shop_orderline"
WHERE "shop_orderline"."quantity" = $1
params: [0]

[mysql]
DELETE FROM `shop_orderline`
WHERE `shop_orderline`.`quantity` = ?
params: [0]

[oracle]
DELETE FROM "SHOP_ORDERLINE"
WHERE "SHOP_ORDERLINE"."QUANTITY" = :1
params: [0]
