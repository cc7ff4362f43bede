query: Customer.objects.latest("joined", "id").orders.order_by("id").values_list("id", flat=True)

[sqlite]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE "shop_order"."customer_id" = (
  SELECT "U0"."id"
  FROM "shop_customer" "U0"
  ORDER BY "U0"."joined" DESC, "U0"."id" DESC
  LIMIT 1
)
ORDER BY "shop_order"."id" ASC
params: []

[postgresql]
SELECT "shop_order"."id"
FROM "shop_order"
WHERE "shop_order"."customer_id" = (
  SELECT "U0"."id"
  FROM "shop_customer" "U0"
  ORDER BY "U0"."joined" DESC, "U0"."id" DESC
  LIMIT 1
)
ORDER BY "shop_order"."id" ASC
params: []

[mysql]
SELECT `shop_order`.`id`
FROM `shop_order`
WHERE `shop_order`.`customer_id` = (
  SELECT `U0`.`id`
  FROM `shop_customer` `U0`
  ORDER BY `U0`.`joined` DESC, `U0`.`id` DESC
  LIMIT 1
)
ORDER BY `shop_order`.`id` ASC
params: []

[oracle]
SELECT "SHOP_ORDER"."ID"
FROM "SHOP_ORDER"
WHERE "SHOP_ORDER"."CUSTOMER_ID" = (
  SELECT "U0"."ID"
  FROM "SHOP_CUSTOMER" "U0"
  ORDER BY "U0"."JOINED" DESC, "U0"."ID" DESC
  FETCH FIRST 1 ROWS ONLY
)
ORDER BY "SHOP_ORDER"."ID" ASC
params: []
