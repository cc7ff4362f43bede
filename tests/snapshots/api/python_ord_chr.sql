query: Customer.objects.filter(name__startswith=chr(66)).exclude(id=ord("A")).values_list("id", flat=True).order_by("id")

[sqlite]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE ("shop_customer"."name" GLOB ? AND NOT ("shop_customer"."id" = ?))
ORDER BY "shop_customer"."id" ASC
params: ["B*", 65]

[postgresql]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE ("shop_customer"."name" LIKE $1 AND NOT ("shop_customer"."id" = $2))
ORDER BY "shop_customer"."id" ASC
params: ["B%", 65]

[mysql]
SELECT `shop_customer`.`id`
FROM `shop_customer`
WHERE (`shop_customer`.`name` LIKE BINARY ? AND NOT (`shop_customer`.`id` = ?))
ORDER BY `shop_customer`.`id` ASC
params: ["B%", 65]

[oracle]
SELECT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
WHERE ("SHOP_CUSTOMER"."NAME" LIKE :1 ESCAPE '\' AND NOT ("SHOP_CUSTOMER"."ID" = :2))
ORDER BY "SHOP_CUSTOMER"."ID" ASC
params: ["B%", 65]
