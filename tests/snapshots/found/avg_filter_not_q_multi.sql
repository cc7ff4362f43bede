query: Order.objects.values("shipped", "status").annotate(a1=Avg("lines__quantity", filter=~Q(customer__reviews__rating__gt=5)))

[sqlite]
SELECT "shop_order"."shipped", "shop_order"."status", AVG("shop_orderline"."quantity") FILTER (WHERE NOT (("shop_review"."rating" > ? AND "shop_review"."rating" IS NOT NULL))) AS "a1"
FROM "shop_order"
LEFT OUTER JOIN "shop_orderline" ON ("shop_order"."id" = "shop_orderline"."order_id")
INNER JOIN "shop_customer" ON ("shop_order"."customer_id" = "shop_customer"."id")
LEFT OUTER JOIN "shop_review" ON ("shop_customer"."id" = "shop_review"."author_id")
GROUP BY "shop_order"."shipped", "shop_order"."status"
params: [5]

[postgresql]
SELECT "shop_order"."shipped", "shop_order"."status", AVG("shop_orderline"."quantity") FILTER (WHERE NOT (("shop_review"."rating" > $1 AND "shop_review"."rating" IS NOT NULL))) AS "a1"
FROM "shop_order"
LEFT OUTER JOIN "shop_orderline" ON ("shop_order"."id" = "shop_orderline"."order_id")
INNER JOIN "shop_customer" ON ("shop_order"."customer_id" = "shop_customer"."id")
LEFT OUTER JOIN "shop_review" ON ("shop_customer"."id" = "shop_review"."author_id")
GROUP BY "shop_order"."shipped", "shop_order"."status"
params: [5]

[mysql]
SELECT `shop_order`.`shipped`, `shop_order`.`status`, AVG(CASE WHEN NOT ((`shop_review`.`rating` > ? AND `shop_review`.`rating` IS NOT NULL)) THEN `shop_orderline`.`quantity` ELSE NULL END) AS `a1`
FROM `shop_order`
LEFT OUTER JOIN `shop_orderline` ON (`shop_order`.`id` = `shop_orderline`.`order_id`)
INNER JOIN `shop_customer` ON (`shop_order`.`customer_id` = `shop_customer`.`id`)
LEFT OUTER JOIN `shop_review` ON (`shop_customer`.`id` = `shop_review`.`author_id`)
GROUP BY `shop_order`.`shipped`, `shop_order`.`status`
params: [5]

[oracle]
SELECT "SHOP_ORDER"."SHIPPED", "SHOP_ORDER"."STATUS", AVG(CASE WHEN NOT (("SHOP_REVIEW"."RATING" > :1 AND "SHOP_REVIEW"."RATING" IS NOT NULL)) THEN "SHOP_ORDERLINE"."QUANTITY" ELSE NULL END) AS "A1"
FROM "SHOP_ORDER"
LEFT OUTER JOIN "SHOP_ORDERLINE" ON ("SHOP_ORDER"."ID" = "SHOP_ORDERLINE"."ORDER_ID")
INNER JOIN "SHOP_CUSTOMER" ON ("SHOP_ORDER"."CUSTOMER_ID" = "SHOP_CUSTOMER"."ID")
LEFT OUTER JOIN "SHOP_REVIEW" ON ("SHOP_CUSTOMER"."ID" = "SHOP_REVIEW"."AUTHOR_ID")
GROUP BY "SHOP_ORDER"."SHIPPED", "SHOP_ORDER"."STATUS"
params: [5]
