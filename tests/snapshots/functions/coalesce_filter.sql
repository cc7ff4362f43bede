query: Order.objects.annotate(d=Coalesce("discount", Value(Decimal("0")))).filter(d__gt=0).values_list("id", flat=True)

[sqlite]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE COALESCE("shop_order"."discount", CAST(? AS NUMERIC)) > ?
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [Decimal("0"), 0]

[postgresql]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE COALESCE("shop_order"."discount", $1) > $2
ORDER BY "shop_order"."placed" DESC, "shop_order"."id" ASC
params: [Decimal("0"), 0]

[mysql]
SELECT `shop_order`.`id`
FROM `shop_order`
WHERE COALESCE(`shop_order`.`discount`, ?) > ?
ORDER BY `shop_order`.`placed` DESC, `shop_order`.`id` ASC
params: [Decimal("0"), 0]

[oracle]
SELECT "SHOP_ORDER"."ID"
FROM "SHOP_ORDER"
WHERE COALESCE("SHOP_ORDER"."DISCOUNT", :1) > :2
ORDER BY "SHOP_ORDER"."PLACED" DESC, "SHOP_ORDER"."ID" ASC
params: [Decimal("0"), 0]
