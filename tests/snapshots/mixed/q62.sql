query: Customer.objects.exclude(orders__status="cancelled").filter(orders__isnull=False).distinct()

[sqlite]
SELECT DISTINCT "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
FROM "shop_customer"
INNER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
WHERE (
  NOT (EXISTS(
    SELECT 1 AS "a"
    FROM "shop_customer" "U0"
    INNER JOIN "shop_order" "U1" ON ("U0"."id" = "U1"."customer_id")
    WHERE ("U0"."id" = "shop_customer"."id" AND "U1"."status" = ?)
  ))
  AND "shop_order"."id" IS NOT NULL
)
params: ["cancelled"]

[postgresql]
SELECT DISTINCT "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
FROM "shop_customer"
INNER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
WHERE (
  NOT (EXISTS(
    SELECT 1 AS "a"
    FROM "shop_customer" "U0"
    INNER JOIN "shop_order" "U1" ON ("U0"."id" = "U1"."customer_id")
    WHERE ("U0"."id" = "shop_customer"."id" AND "U1"."status" = $1)
  ))
  AND "shop_order"."id" IS NOT NULL
)
params: ["cancelled"]

[mysql]
SELECT DISTINCT `shop_customer`.`id`, `shop_customer`.`name`, `shop_customer`.`email`, `shop_customer`.`city`, `shop_customer`.`country`, `shop_customer`.`vip`, `shop_customer`.`credit`, `shop_customer`.`score`, `shop_customer`.`joined`, `shop_customer`.`last_login`, `shop_customer`.`notes`
FROM `shop_customer`
INNER JOIN `shop_order` ON (`shop_customer`.`id` = `shop_order`.`customer_id`)
WHERE (
  NOT (EXISTS(
    SELECT 1 AS `a`
    FROM `shop_customer` `U0`
    INNER JOIN `shop_order` `U1` ON (`U0`.`id` = `U1`.`customer_id`)
    WHERE (`U0`.`id` = `shop_customer`.`id` AND `U1`.`status` = BINARY ?)
  ))
  AND `shop_order`.`id` IS NOT NULL
)
params: ["cancelled"]

[oracle]
SELECT DISTINCT "SHOP_CUSTOMER"."ID", "SHOP_CUSTOMER"."NAME", "SHOP_CUSTOMER"."EMAIL", "SHOP_CUSTOMER"."CITY", "SHOP_CUSTOMER"."COUNTRY", "SHOP_CUSTOMER"."VIP", "SHOP_CUSTOMER"."CREDIT", "SHOP_CUSTOMER"."SCORE", "SHOP_CUSTOMER"."JOINED", "SHOP_CUSTOMER"."LAST_LOGIN", "SHOP_CUSTOMER"."NOTES"
FROM "SHOP_CUSTOMER"
INNER JOIN "SHOP_ORDER" ON ("SHOP_CUSTOMER"."ID" = "SHOP_ORDER"."CUSTOMER_ID")
WHERE (
  NOT (EXISTS(
    SELECT 1 AS "A"
    FROM "SHOP_CUSTOMER" "U0"
    INNER JOIN "SHOP_ORDER" "U1" ON ("U0"."ID" = "U1"."CUSTOMER_ID")
    WHERE ("U0"."ID" = "SHOP_CUSTOMER"."ID" AND "U1"."STATUS" = :1)
  ))
  AND "SHOP_ORDER"."ID" IS NOT NULL
)
params: ["cancelled"]
