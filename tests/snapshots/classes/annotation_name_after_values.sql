query: Customer.objects.values("id").annotate(name=Count("orders")).values_list("id", "name")

[sqlite]
SELECT "shop_customer"."id", COUNT("shop_order"."id") AS "name"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
GROUP BY "shop_customer"."id"
params: []

[postgresql]
SELECT "shop_customer"."id", COUNT("shop_order"."id") AS "name"
FROM "shop_customer"
LEFT OUTER JOIN "shop_order" ON ("shop_customer"."id" = "shop_order"."customer_id")
GROUP BY "shop_customer"."id"
params: []

[mysql]
SELECT `shop_customer`.`id`, COUNT(`shop_order`.`id`) AS `name`
FROM `shop_customer`
LEFT OUTER JOIN `shop_order` ON (`shop_customer`.`id` = `shop_order`.`customer_id`)
GROUP BY `shop_customer`.`id`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", COUNT("SHOP_ORDER"."ID") AS "NAME"
FROM "SHOP_CUSTOMER"
LEFT OUTER JOIN "SHOP_ORDER" ON ("SHOP_CUSTOMER"."ID" = "SHOP_ORDER"."CUSTOMER_ID")
GROUP BY "SHOP_CUSTOMER"."ID"
params: []
