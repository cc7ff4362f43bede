query: Order.objects.filter(items__lt=5).annotate(x=Exp("items")).values_list("id", "x")

[sqlite]
SELECT "shop_order"."id", EXP("shop_order"."items") AS "x"
FROM "shop_order"
WHERE "shop_order"."items" < ?
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [5]

[postgresql]
SELECT "shop_order"."id", EXP("shop_order"."items") AS "x"
FROM "shop_order"
WHERE "shop_order"."items" < $1
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [5]

[mysql]
SELECT `shop_order`.`id`, EXP(`shop_order`.`items`) AS `x`
FROM `shop_order`
WHERE `shop_order`.`items` < ?
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: [5]

[oracle]
SELECT "SHOP_ORDER"."ID", EXP("SHOP_ORDER"."ITEMS") AS "X"
FROM "SHOP_ORDER"
WHERE "SHOP_ORDER"."ITEMS" < :1
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: [5]
