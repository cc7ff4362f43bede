query: Order.objects.annotate(n=Now()).filter(n__gt=F("placed")).values_list("id", flat=True)

[sqlite]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE STRFTIME('%Y-%m-%d %H:%M:%f', 'NOW') > "shop_order"."placed"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[postgresql]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE STATEMENT_TIMESTAMP() > "shop_order"."placed"
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: []

[mysql]
SELECT `shop_order`.`id`
FROM `shop_order`
WHERE CURRENT_TIMESTAMP > `shop_order`.`placed`
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: []

[oracle]
SELECT "SHOP_ORDER"."ID"
FROM "SHOP_ORDER"
WHERE CURRENT_TIMESTAMP > "SHOP_ORDER"."PLACED"
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: []
