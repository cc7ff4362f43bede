query: Customer.objects.annotate(k=Sum(Case(When(~Q(orders__status="paid"), then=1), default=0))).values_list("id", "k")

[sqlite]
SELECT "shop_customer"."id", SUM(CASE WHEN NOT (("shop_order"."status" = ? AND "shop_order"."status" IS NOT NULL)) THEN ? ELSE ? END) AS "k"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
GROUP BY "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
params: ["paid", 1, 0]

[postgresql]
SELECT "shop_customer"."id", SUM(CASE WHEN NOT (("shop_order"."status" = $1 AND "shop_order"."status" IS NOT NULL)) THEN $2 ELSE $3 END) AS "k"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
GROUP BY "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
params: ["paid", 1, 0]

[mysql]
SELECT `shop_customer`.`id`, SUM(CASE WHEN NOT ((`shop_order`.`status` = BINARY ? AND `shop_order`.`status` IS NOT NULL)) THEN ? ELSE ? END) AS `k`
FROM `shop_customer`
LEFT OUTER JOIN `shop_order` ON (`shop_customer`.`id` = `shop_order`.`customer_id`)
GROUP BY `shop_customer`.`id`
params: ["paid", 1, 0]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", SUM(CASE WHEN NOT (("SHOP_ORDER"."STATUS" = :1 AND "SHOP_ORDER"."STATUS" IS NOT NULL)) THEN :2 ELSE :3 END) AS "K"
FROM "SHOP_CUSTOMER"
LEFT OUTER JOIN "SHOP_ORDER" ON ("SHOP_CUSTOMER"."ID" = "SHOP_ORDER"."CUSTOMER_ID")
GROUP BY "SHOP_CUSTOMER"."ID", "SHOP_CUSTOMER"."NAME", "SHOP_CUSTOMER"."EMAIL", "SHOP_CUSTOMER"."CITY", "SHOP_CUSTOMER"."COUNTRY", "SHOP_CUSTOMER"."VIP", "SHOP_CUSTOMER"."CREDIT", "SHOP_CUSTOMER"."SCORE", "SHOP_CUSTOMER"."JOINED", "SHOP_CUSTOMER"."LAST_LOGIN", "SHOP_CUSTOMER"."NOTES"
params: ["paid", 1, 0]
