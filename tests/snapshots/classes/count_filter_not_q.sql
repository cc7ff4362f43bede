query: Customer.objects.annotate(n=Count("orders", filter=~Q(orders__status="paid"))).values_list("id", "n")

[sqlite]
SELECT "shop_customer"."id", COUNT("shop_order"."id") FILTER (WHERE NOT (("shop_order"."status" = ? AND "shop_order"."status" IS NOT NULL))) AS "n"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
GROUP BY "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
params: ["paid"]

[postgresql]
SELECT "shop_customer"."id", COUNT("shop_order"."id") FILTER (WHERE NOT (("shop_order"."status" = $1 AND "shop_order"."status" IS NOT NULL))) AS "n"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
GROUP BY "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
params: ["paid"]

[mysql]
SELECT `shop_customer`.`id`, COUNT(CASE WHEN NOT ((`shop_order`.`status` = BINARY ? AND `shop_order`.`status` IS NOT NULL)) THEN `shop_order`.`id` ELSE NULL END) AS `n`
FROM `shop_customer`
LEFT OUTER JOIN `shop_order` ON (`shop_customer`.`id` = `shop_order`.`customer_id`)
GROUP BY `shop_customer`.`id`
params: ["paid"]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", COUNT(CASE WHEN NOT (("SHOP_ORDER"."STATUS" = :1 AND "SHOP_ORDER"."STATUS" IS NOT NULL)) THEN "SHOP_ORDER"."ID" ELSE NULL END) AS "N"
FROM "SHOP_CUSTOMER"
LEFT OUTER JOIN "SHOP_ORDER" ON ("SHOP_CUSTOMER"."ID" = "SHOP_ORDER"."CUSTOMER_ID")
GROUP BY "SHOP_CUSTOMER"."ID", "SHOP_CUSTOMER"."NAME", "SHOP_CUSTOMER"."EMAIL", "SHOP_CUSTOMER"."CITY", "SHOP_CUSTOMER"."COUNTRY", "SHOP_CUSTOMER"."VIP", "SHOP_CUSTOMER"."CREDIT", "SHOP_CUSTOMER"."SCORE", "SHOP_CUSTOMER"."JOINED", "SHOP_CUSTOMER"."LAST_LOGIN", "SHOP_CUSTOMER"."NOTES"
params: ["paid"]
