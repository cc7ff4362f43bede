query: Customer.objects.annotate(p=FilteredRelation("orders", condition=Q(orders__total__gt=F("credit")))).values_list("id", "p__id").order_by("id", "p__id")

[sqlite]
SELECT "shop_customer"."id", "p"."id"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" "p" ON (
  "shop_customer"."id" = "p"."customer_id"
  AND ("p"."total" > "shop_customer"."credit")
)
ORDER BY "shop_customer"."id" ASC, "p"."id" ASC
params: []

[postgresql]
SELECT "shop_customer"."id", "p"."id"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" "p" ON (
  "shop_customer"."id" = "p"."customer_id"
  AND ("p"."total" > "shop_customer"."credit")
)
ORDER BY "shop_customer"."id" ASC, "p"."id" ASC
params: []

[mysql]
SELECT `shop_customer`.`id`, `p`.`id`
FROM `shop_customer`
LEFT OUTER JOIN `shop_order` `p` ON (
  `shop_customer`.`id` = `p`.`customer_id`
  AND (`p`.`total` > `shop_customer`.`credit`)
)
ORDER BY `shop_customer`.`id` ASC, `p`.`id` ASC
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", "P"."ID"
FROM "SHOP_CUSTOMER"
LEFT OUTER JOIN "SHOP_ORDER" "P" ON (
  "SHOP_CUSTOMER"."ID" = "P"."CUSTOMER_ID"
  AND ("P"."TOTAL" > "SHOP_CUSTOMER"."CREDIT")
)
ORDER BY "SHOP_CUSTOMER"."ID" ASC, "P"."ID" ASC
params: []
