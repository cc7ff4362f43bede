query: Order.objects.filter(total__gt=800).values("customer__city", "total")

[sqlite]
SELECT "shop_customer"."city", "shop_order"."total"
FROM "shop_order"
INNER JOIN "shop_customer" ON ("shop_order"."customer_id" = "shop_customer"."id")
WHERE "shop_order"."total" > ?
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [800]

[postgresql]
SELECT "shop_customer"."city", "shop_order"."total"
FROM "shop_order"
INNER JOIN "shop_customer" ON ("shop_order"."customer_id" = "shop_customer"."id")
WHERE "shop_order"."total" > $1
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [800]

[mysql]
SELECT `shop_customer`.`city`, `shop_order`.`total`
FROM `shop_order`
INNER JOIN `shop_customer` ON (`shop_order`.`customer_id` = `shop_customer`.`id`)
WHERE `shop_order`.`total` > ?
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: [800]

[oracle]
SELECT "SHOP_CUSTOMER"."CITY", "SHOP_ORDER"."TOTAL"
FROM "SHOP_ORDER"
INNER JOIN "SHOP_CUSTOMER" ON ("SHOP_ORDER"."CUSTOMER_ID" = "SHOP_CUSTOMER"."ID")
WHERE "SHOP_ORDER"."TOTAL" > :1
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: [800]
