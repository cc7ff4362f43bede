query: Customer.objects.annotate(paid=FilteredRelation("orders", condition=Q(orders__status="paid") & Q(orders__total__gt=10))).annotate(n=Count("paid")).values_list("id", "n").order_by("id")

[sqlite]
SELECT "shop_customer"."id", COUNT("paid"."id") AS "n"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" "paid" ON (
  "shop_customer"."id" = "paid"."customer_id"
  AND (("paid"."status" = ? AND "paid"."total" > ?))
)
GROUP BY "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
ORDER BY "shop_customer"."id" ASC
params: ["paid", 10]

[postgresql]
SELECT "shop_customer"."id", COUNT("paid"."id") AS "n"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" "paid" ON (
  "shop_customer"."id" = "paid"."customer_id"
  AND (("paid"."status" = $1 AND "paid"."total" > $2))
)
GROUP BY "shop_customer"."id", "shop_customer"."name", "shop_customer"."email", "shop_customer"."city", "shop_customer"."country", "shop_customer"."vip", "shop_customer"."credit", "shop_customer"."score", "shop_customer"."joined", "shop_customer"."last_login", "shop_customer"."notes"
ORDER BY "shop_customer"."id" ASC
params: ["paid", 10]

[mysql]
SELECT `shop_customer`.`id`, COUNT(`paid`.`id`) AS `n`
FROM `shop_customer`
LEFT OUTER JOIN `shop_order` `paid` ON (
  `shop_customer`.`id` = `paid`.`customer_id`
  AND ((`paid`.`status` = BINARY ? AND `paid`.`total` > ?))
)
GROUP BY `shop_customer`.`id`
ORDER BY `shop_customer`.`id` ASC
params: ["paid", 10]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", COUNT("PAID"."ID") AS "N"
FROM "SHOP_CUSTOMER"
LEFT OUTER JOIN "SHOP_ORDER" "PAID" ON (
  "SHOP_CUSTOMER"."ID" = "PAID"."CUSTOMER_ID"
  AND (("PAID"."STATUS" = :1 AND "PAID"."TOTAL" > :2))
)
GROUP BY "SHOP_CUSTOMER"."ID", "SHOP_CUSTOMER"."NAME", "SHOP_CUSTOMER"."EMAIL", "SHOP_CUSTOMER"."CITY", "SHOP_CUSTOMER"."COUNTRY", "SHOP_CUSTOMER"."VIP", "SHOP_CUSTOMER"."CREDIT", "SHOP_CUSTOMER"."SCORE", "SHOP_CUSTOMER"."JOINED", "SHOP_CUSTOMER"."LAST_LOGIN", "SHOP_CUSTOMER"."NOTES"
ORDER BY "SHOP_CUSTOMER"."ID" ASC
params: ["paid", 10]
