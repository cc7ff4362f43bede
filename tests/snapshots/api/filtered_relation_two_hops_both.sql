query: Customer.objects.annotate(o=FilteredRelation("orders__lines", condition=Q(orders__total__gt=50) & Q(orders__lines__quantity__gt=1))).values_list("id", "o__id").order_by("id", "o__id")

[sqlite]
SELECT "shop_customer"."id", "o"."id"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
LEFT OUTER JOIN "shop_orderline" "o" ON (
  "shop_order"."id" = "o"."order_id"
  AND (("shop_order"."total" > ? AND "o"."quantity" > ?))
)
ORDER BY "shop_customer"."id" ASC, "o"."id" ASC
params: [50, 1]

[postgresql]
SELECT "shop_customer"."id", "o"."id"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
LEFT OUTER JOIN "shop_orderline" "o" ON (
  "shop_order"."id" = "o"."order_id"
  AND (("shop_order"."total" > $1 AND "o"."quantity" > $2))
)
ORDER BY "shop_customer"."id" ASC, "o"."id" ASC
params: [50, 1]

[mysql]
SELECT `shop_customer`.`id`, `o`.`id`
FROM `shop_customer`
LEFT OUTER JOIN `shop_order` ON (`shop_customer`.`id` = `shop_order`.`customer_id`)
LEFT OUTER JOIN `shop_orderline` `o` ON (
  `shop_order`.`id` = `o`.`order_id`
  AND ((`shop_order`.`total` > ? AND `o`.`quantity` > ?))
)
ORDER BY `shop_customer`.`id` ASC, `o`.`id` ASC
params: [50, 1]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", "O"."ID"
FROM "SHOP_CUSTOMER"
LEFT OUTER JOIN "SHOP_ORDER" ON ("SHOP_CUSTOMER"."ID" = "SHOP_ORDER"."CUSTOMER_ID")
LEFT OUTER JOIN "SHOP_ORDERLINE" "O" ON (
  "SHOP_ORDER"."ID" = "O"."ORDER_ID"
  AND (("SHOP_ORDER"."TOTAL" > :1 AND "O"."QUANTITY" > :2))
)
ORDER BY "SHOP_CUSTOMER"."ID" ASC, "O"."ID" ASC
params: [50, 1]
