query: Customer.objects.annotate(o=FilteredRelation("orders")).filter(o__status="paid").values_list("id", flat=True).order_by("id")

[sqlite]
SELECT "shop_customer"."id"
FROM "shop_customer"
INNER JOIN "shop_order" "o" ON ("shop_customer"."id" = "o"."customer_id")
WHERE "o"."status" = ?
ORDER BY "shop_customer"."id" ASC
params: ["paid"]

[postgresql]
SELECT "shop_customer"."id"
FROM "shop_customer"
INNER JOIN "shop_order" "o" ON ("shop_customer"."id" = "o"."customer_id")
WHERE "o"."status" = $1
ORDER BY "shop_customer"."id" ASC
params: ["paid"]

[mysql]
SELECT `shop_customer`.`id`
FROM `shop_customer`
INNER JOIN `shop_order` `o` ON (`shop_customer`.`id` = `o`.`customer_id`)
WHERE `o`.`status` = BINARY ?
ORDER BY `shop_customer`.`id` ASC
params: ["paid"]

[oracle]
SELECT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
INNER JOIN "SHOP_ORDER" "O" ON ("SHOP_CUSTOMER"."ID" = "O"."CUSTOMER_ID")
WHERE "O"."STATUS" = :1
ORDER BY "SHOP_CUSTOMER"."ID" ASC
params: ["paid"]
