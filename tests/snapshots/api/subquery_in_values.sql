query: Customer.objects.values("id", latest=Subquery(Order.objects.filter(customer=OuterRef("pk")).order_by("-placed").values("total")[:1]))

[sqlite]
SELECT "shop_customer"."id", (
  SELECT "U0"."total"
  FROM "shop_order" "U0"
  WHERE "U0"."customer_id" = "shop_customer"."id"
  ORDER BY "U0"."placed" DESC
  LIMIT 1
) AS "latest"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", (
  SELECT "U0"."total"
  FROM "shop_order" "U0"
  WHERE "U0"."customer_id" = "shop_customer"."id"
  ORDER BY "U0"."placed" DESC
  LIMIT 1
) AS "latest"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, (
  SELECT `U0`.`total`
  FROM `shop_order` `U0`
  WHERE `U0`.`customer_id` = `shop_customer`.`id`
  ORDER BY `U0`.`placed` DESC
  LIMIT 1
) AS `latest`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", (
  SELECT "U0"."TOTAL"
  FROM "SHOP_ORDER" "U0"
  WHERE "U0"."CUSTOMER_ID" = "SHOP_CUSTOMER"."ID"
  ORDER BY "U0"."PLACED" DESC
  FETCH FIRST 1 ROWS ONLY
) AS "LATEST"
FROM "SHOP_CUSTOMER"
params: []
