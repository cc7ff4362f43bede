query: Order.objects.filter(items__gt=0).annotate(avg_item=F("total") / F("items")).values_list("id", "avg_item")

[sqlite]
SELECT "shop_order"."id", (CAST("shop_order"."total" AS REAL) / "shop_order"."items") AS "avg_item"
FROM "shop_order"
WHERE "shop_order"."items" > ?
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [0]

[postgresql]
SELECT "shop_order"."id", ("shop_order"."total" / "shop_order"."items") AS "avg_item"
FROM "shop_order"
WHERE "shop_order"."items" > $1
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [0]

[mysql]
SELECT `shop_order`.`id`, (`shop_order`.`total` / `shop_order`.`items`) AS `avg_item`
FROM `shop_order`
WHERE `shop_order`.`items` > ?
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: [0]

[oracle]
SELECT "SHOP_ORDER"."ID", ("SHOP_ORDER"."TOTAL" / "SHOP_ORDER"."ITEMS") AS "AVG_ITEM"
FROM "SHOP_ORDER"
WHERE "SHOP_ORDER"."ITEMS" > :1
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: [0]
