query: Customer.objects.annotate(last_total=Subquery(Order.objects.filter(customer=OuterRef("pk")).order_by("-placed", "-id").values("total")[:1])).values_list("id", "last_total")

[sqlite]
SELECT "shop_customer"."id", (
  SELECT "U0"."total"
  FROM "shop_order" "U0"
  WHERE "U0"."customer_id" = "shop_customer"."id"
  ORDER BY "U0"."placed" DESC, "U0"."id" DESC
  LIMIT 1
) AS "last_total"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", (
  SELECT "U0"."total"
  FROM "shop_order" "U0"
  WHERE "U0"."customer_id" = "shop_customer"."id"
  ORDER BY "U0"."placed" DESC, "U0"."id" DESC
  LIMIT 1
) AS "last_total"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, (
  SELECT `U0`.`total`
  FROM `shop_order` `U0`
  WHERE `U0`.`customer_id` = `shop_customer`.`id`
  ORDER BY `U0`.`placed` DESC, `U0`.`id` DESC
  LIMIT 1
) AS `last_total`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", (
  SELECT "U0"."TOTAL"
  FROM "SHOP_ORDER" "U0"
  WHERE "U0"."CUSTOMER_ID" = "SHOP_CUSTOMER"."ID"
  ORDER BY "U0"."PLACED" DESC, "U0"."ID" DESC
  FETCH FIRST 1 ROWS ONLY
) AS "LAST_TOTAL"
FROM "SHOP_CUSTOMER"
params: []
