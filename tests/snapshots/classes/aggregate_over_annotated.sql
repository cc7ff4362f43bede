query: Customer.objects.annotate(n=Count("orders")).aggregate(m=Max("n"), s=Sum("n"))

[sqlite]
SELECT MAX("subquery"."n") AS "m", SUM("subquery"."n") AS "s"
FROM (
  SELECT "shop_customer"."id" AS "col1", "shop_customer"."name" AS "col2", "shop_customer"."email" AS "col3", "shop_customer"."city" AS "col4", "shop_customer"."country" AS "col5", "shop_customer"."vip" AS "col6", "shop_customer"."credit" AS "col7", "shop_customer"."score" AS "col8", "shop_customer"."joined" AS "col9", "shop_customer"."last_login" AS "col10", "shop_customer"."notes" AS "col11", COUNT("shop_order"."id") AS "n"
  FROM "shop_customer"
  LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
  GROUP BY "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
) "subquery"
params: []

[postgresql]
SELECT MAX("subquery"."n") AS "m", SUM("subquery"."n") AS "s"
FROM (
  SELECT "shop_customer"."id" AS "col1", "shop_customer"."name" AS "col2", "shop_customer"."email" AS "col3", "shop_customer"."city" AS "col4", "shop_customer"."country" AS "col5", "shop_customer"."vip" AS "col6", "shop_customer"."credit" AS "col7", "shop_customer"."score" AS "col8", "shop_customer"."joined" AS "col9", "shop_customer"."last_login" AS "col10", "shop_customer"."notes" AS "col11", COUNT("shop_order"."id") AS "n"
  FROM "shop_customer"
  LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
  GROUP BY "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
) "subquery"
params: []

[mysql]
SELECT MAX(`subquery`.`n`) AS `m`, SUM(`subquery`.`n`) AS `s`
FROM (
  SELECT `shop_customer`.`id` AS `col1`, `shop_customer`.`name` AS `col2`, `shop_customer`.`email` AS `col3`, `shop_customer`.`city` AS `col4`, `shop_customer`.`country` AS `col5`, `shop_customer`.`vip` AS `col6`, `shop_customer`.`credit` AS `col7`, `shop_customer`.`score` AS `col8`, `shop_customer`.`joined` AS `col9`, `shop_customer`.`last_login` AS `col10`, `shop_customer`.`notes` AS `col11`, COUNT(`shop_order`.`id`) AS `n`
  FROM `shop_customer`
  LEFT OUTER JOIN `shop_order` ON (`shop_customer`.`id` = `shop_order`.`customer_id`)
  GROUP BY `shop_customer`.`id`
) `subquery`
params: []

[oracle]
SELECT MAX("SUBQUERY"."N") AS "M", SUM("SUBQUERY"."N") AS "S"
FROM (
  SELECT "SHOP_CUSTOMER"."ID" AS "COL1", "SHOP_CUSTOMER"."NAME" AS "COL2", "SHOP_CUSTOMER"."EMAIL" AS "COL3", "SHOP_CUSTOMER"."CITY" AS "COL4", "SHOP_CUSTOMER"."COUNTRY" AS "COL5", "SHOP_CUSTOMER"."VIP" AS "COL6", "SHOP_CUSTOMER"."CREDIT" AS "COL7", "SHOP_CUSTOMER"."SCORE" AS "COL8", "SHOP_CUSTOMER"."JOINED" AS "COL9", "SHOP_CUSTOMER"."LAST_LOGIN" AS "COL10", "SHOP_CUSTOMER"."NOTES" AS "COL11", COUNT("SHOP_ORDER"."ID") AS "N"
  FROM "SHOP_CUSTOMER"
  LEFT OUTER JOIN "SHOP_ORDER" ON ("SHOP_CUSTOMER"."ID" = "SHOP_ORDER"."CUSTOMER_ID")
  GROUP BY "SHOP_CUSTOMER"."ID", "SHOP_CUSTOMER"."NAME", "SHOP_CUSTOMER"."EMAIL", "SHOP_CUSTOMER"."CITY", "SHOP_CUSTOMER"."COUNTRY", "SHOP_CUSTOMER"."VIP", "SHOP_CUSTOMER"."CREDIT", "SHOP_CUSTOMER"."SCORE", "SHOP_CUSTOMER"."JOINED", "SHOP_CUSTOMER"."LAST_LOGIN", "SHOP_CUSTOMER"."NOTES"
) "SUBQUERY"
params: []
