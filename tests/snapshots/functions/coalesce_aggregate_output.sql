query: Customer.objects.annotate(x=Coalesce(Sum("orders__items"), 0, output_field=IntegerField())).values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", COALESCE(SUM("shop_order"."items"), ?) AS "x"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
GROUP BY "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
params: [0]

[postgresql]
SELECT "shop_customer"."id", COALESCE(SUM("shop_order"."items"), $1) AS "x"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
GROUP BY "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
params: [0]

[mysql]
SELECT `shop_customer`.`id`, COALESCE(SUM(`shop_order`.`items`), ?) AS `x`
FROM `shop_customer`
LEFT OUTER JOIN `shop_order` ON (`shop_customer`.`id` = `shop_order`.`customer_id`)
GROUP BY `shop_customer`.`id`
params: [0]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", COALESCE(SUM("SHOP_ORDER"."ITEMS"), :1) AS "X"
FROM "SHOP_CUSTOMER"
LEFT OUTER JOIN "SHOP_ORDER" ON ("SHOP_CUSTOMER"."ID" = "SHOP_ORDER"."CUSTOMER_ID")
GROUP BY "SHOP_CUSTOMER"."ID", "SHOP_CUSTOMER"."NAME", "SHOP_CUSTOMER"."EMAIL", "SHOP_CUSTOMER"."CITY", "SHOP_CUSTOMER"."COUNTRY", "SHOP_CUSTOMER"."VIP", "SHOP_CUSTOMER"."CREDIT", "SHOP_CUSTOMER"."SCORE", "SHOP_CUSTOMER"."JOINED", "SHOP_CUSTOMER"."LAST_LOGIN", "SHOP_CUSTOMER"."NOTES"
params: [0]
