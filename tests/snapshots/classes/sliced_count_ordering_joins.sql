query: Customer.objects.order_by("orders__total", "id")[:50].count()

[sqlite]
SELECT COUNT(*) AS "__count"
FROM (
  SELECT "shop_customer"."id" AS "Col1", "shop_customer"."name" AS "Col2", "shop_customer"."email" AS "Col3", "shop_customer"."city" AS "Col4", "shop_customer"."country" AS "Col5", "shop_customer"."vip" AS "Col6", "shop_customer"."credit" AS "Col7", "shop_customer"."score" AS "Col8", "shop_customer"."joined" AS "Col9", "shop_customer"."last_login" AS "Col10", "shop_customer"."notes" AS "Col11"
  FROM "shop_customer"
  LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
  ORDER BY "shop_order"."total" ASC, "shop_customer"."id" ASC
  LIMIT 50
) subquery
params: []

[postgresql]
SELECT COUNT(*) AS "__count"
FROM (
  SELECT "shop_customer"."id" AS "Col1", "shop_customer"."name" AS "Col2", "shop_customer"."email" AS "Col3", "shop_customer"."city" AS "Col4", "shop_customer"."country" AS "Col5", "shop_customer"."vip" AS "Col6", "shop_customer"."credit" AS "Col7", "shop_customer"."score" AS "Col8", "shop_customer"."joined" AS "Col9", "shop_customer"."last_login" AS "Col10", "shop_customer"."notes" AS "Col11"
  FROM "shop_customer"
  LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
  ORDER BY "shop_order"."total" ASC, "shop_customer"."id" ASC
  LIMIT 50
) subquery
params: []

[mysql]
SELECT COUNT(*) AS `__count`
FROM (
  SELECT `shop_customer`.`id` AS `Col1`, `shop_customer`.`name` AS `Col2`, `shop_customer`.`email` AS `Col3`, `shop_customer`.`city` AS `Col4`, `shop_customer`.`country` AS `Col5`, `shop_customer`.`vip` AS `Col6`, `shop_customer`.`credit` AS `Col7`, `shop_customer`.`score` AS `Col8`, `shop_customer`.`joined` AS `Col9`, `shop_customer`.`last_login` AS `Col10`, `shop_customer`.`notes` AS `Col11`
  FROM `shop_customer`
  LEFT OUTER JOIN `shop_order` ON (`shop_customer`.`id` = `shop_order`.`customer_id`)
  ORDER BY `shop_order`.`total` ASC, `shop_customer`.`id` ASC
  LIMIT 50
) subquery
params: []

[oracle]
SELECT COUNT(*) AS "__COUNT"
FROM (
  SELECT "SHOP_CUSTOMER"."ID" AS "COL1", "SHOP_CUSTOMER"."NAME" AS "COL2", "SHOP_CUSTOMER"."EMAIL" AS "COL3", "SHOP_CUSTOMER"."CITY" AS "COL4", "SHOP_CUSTOMER"."COUNTRY" AS "COL5", "SHOP_CUSTOMER"."VIP" AS "COL6", "SHOP_CUSTOMER"."CREDIT" AS "COL7", "SHOP_CUSTOMER"."SCORE" AS "COL8", "SHOP_CUSTOMER"."JOINED" AS "COL9", "SHOP_CUSTOMER"."LAST_LOGIN" AS "COL10", "SHOP_CUSTOMER"."NOTES" AS "COL11"
  FROM "SHOP_CUSTOMER"
  LEFT OUTER JOIN "SHOP_ORDER" ON ("SHOP_CUSTOMER"."ID" = "SHOP_ORDER"."CUSTOMER_ID")
  ORDER BY "SHOP_ORDER"."TOTAL" ASC, "SHOP_CUSTOMER"."ID" ASC
  FETCH FIRST 50 ROWS ONLY
) subquery
params: []
