query: Customer.objects.annotate(p=FilteredRelation("orders", condition=~Q(orders__status="paid") | Q(orders__coupon__isnull=True))).values_list("id", "p__id").order_by("id", "p__id")

[sqlite]
SELECT "shop_customer"."id", "p"."id"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" "p" ON (
  "shop_customer"."id" = "p"."customer_id"
  AND ((NOT (("p"."status" = ? AND "p"."status" IS NOT NULL)) OR "p"."coupon" IS NULL))
)
ORDER BY "shop_customer"."id" ASC, "p"."id" ASC
params: ["paid"]

[postgresql]
SELECT "shop_customer"."id", "p"."id"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" "p" ON (
  "shop_customer"."id" = "p"."customer_id"
  AND ((NOT (("p"."status" = $1 AND "p"."status" IS NOT NULL)) OR "p"."coupon" IS NULL))
)
ORDER BY "shop_customer"."id" ASC, "p"."id" ASC
params: ["paid"]

[mysql]
SELECT `shop_customer`.`id`, `p`.`id`
FROM `shop_customer`
LEFT OUTER JOIN `shop_order` `p` ON (
  `shop_customer`.`id` = `p`.`customer_id`
  AND ((
    NOT ((`p`.`status` = BINARY ? AND `p`.`status` IS NOT NULL))
    OR `p`.`coupon` IS NULL
  ))
)
ORDER BY `shop_customer`.`id` ASC, `p`.`id` ASC
params: ["paid"]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", "P"."ID"
FROM "SHOP_CUSTOMER"
LEFT OUTER JOIN "SHOP_ORDER" "P" ON (
  "SHOP_CUSTOMER"."ID" = "P"."CUSTOMER_ID"
  AND ((NOT (("P"."STATUS" = :1 AND "P"."STATUS" IS NOT NULL)) OR "P"."COUPON" IS NULL))
)
ORDER BY "SHOP_CUSTOMER"."ID" ASC, "P"."ID" ASC
params: ["paid"]
