query: Order.objects.filter(status="cancelled").delete()

[sqlite]
DELETE FROM "shop_orderline"
WHERE "shop_orderline"."order_id" IN (
  SELECT "shop_order"."id"
  FROM "shop_order"
  WHERE "shop_order"."status" = ?
)
params: ["cancelled"]

DELETE FROM "shop_order"
WHERE "shop_order"."status" = ?
params: ["cancelled"]

[postgresql]
DELETE FROM "shop_orderline"
WHERE "shop_orderline"."order_id" IN (
  SELECT "shop_order"."id"
  FROM "shop_order"
  WHERE "shop_order"."status" = $1
)
params: ["cancelled"]

DELETE FROM "shop_order"
WHERE "shop_order"."status" = $1
params: ["cancelled"]

[mysql]
DELETE FROM `shop_orderline`
WHERE `shop_orderline`.`order_id` IN (
  SELECT *
  FROM (
    SELECT `shop_order`.`id`
    FROM `shop_order`
    WHERE `shop_order`.`status` = BINARY ?
  ) subquery
)
params: ["cancelled"]

DELETE FROM `shop_order`
WHERE `shop_order`.`status` = BINARY ?
params: ["cancelled"]

[oracle]
DELETE FROM "SHOP_ORDERLINE"
WHERE "SHOP_ORDERLINE"."ORDER_ID" IN (
  SELECT "SHOP_ORDER"."ID"
  FROM "SHOP_ORDER"
  WHERE "SHOP_ORDER"."STATUS" = :1
)
params: ["cancelled"]

DELETE FROM "SHOP_ORDER"
WHERE "SHOP_ORDER"."STATUS" = :1
params: ["cancelled"]
