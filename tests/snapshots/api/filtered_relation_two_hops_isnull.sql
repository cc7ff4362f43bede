query: Customer.objects.annotate(o=FilteredRelation("orders__lines", condition=Q(orders__lines__quantity__gt=2))).filter(o__isnull=False).values_list("id", flat=True).distinct().order_by("id")

[sqlite]
SELECT DISTINCT "shop_customer"."id"
FROM "shop_customer"
INNER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
INNER JOIN "shop_orderline" "o" ON ("shop_order"."id" = "o"."order_id" AND ("o"."quantity" > ?))
WHERE "o"."id" IS NOT NULL
ORDER BY "shop_customer"."id" ASC
params: [2]

[postgresql]
SELECT DISTINCT "shop_customer"."id"
FROM "shop_customer"
INNER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
INNER JOIN "shop_orderline" "o" ON ("shop_order"."id" = "o"."order_id" AND ("o"."quantity" > $1))
WHERE "o"."id" IS NOT NULL
ORDER BY "shop_customer"."id" ASC
params: [2]

[mysql]
SELECT DISTINCT `shop_customer`.`id`
FROM `shop_customer`
INNER JOIN `shop_order` ON (`shop_customer`.`id` = `shop_order`.`customer_id`)
INNER JOIN `shop_orderline` `o` ON (`shop_order`.`id` = `o`.`order_id` AND (`o`.`quantity` > ?))
WHERE `o`.`id` IS NOT NULL
ORDER BY `shop_customer`.`id` ASC
params: [2]

[oracle]
SELECT DISTINCT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
INNER JOIN "SHOP_ORDER" ON ("SHOP_CUSTOMER"."ID" = "SHOP_ORDER"."CUSTOMER_ID")
INNER JOIN "SHOP_ORDERLINE" "O" ON ("SHOP_ORDER"."ID" = "O"."ORDER_ID" AND ("O"."QUANTITY" > :1))
WHERE "O"."ID" IS NOT NULL
ORDER BY "SHOP_CUSTOMER"."ID" ASC
params: [2]
