query: Customer.objects.order_by(Collate("name", "C"), "id").values_list("id", flat=True)

[sqlite]
SELECT "shop_customer"."id"
FROM "shop_customer"
ORDER BY "shop_customer"."name" COLLATE "C" ASC, "shop_customer"."id" ASC
params: []

[postgresql]
SELECT "shop_customer"."id"
FROM "shop_customer"
ORDER BY "shop_customer"."name" COLLATE "C" ASC, "shop_customer"."id" ASC
params: []

[mysql]
SELECT `shop_customer`.`id`
FROM `shop_customer`
ORDER BY `shop_customer`.`name` COLLATE `C` ASC, `shop_customer`.`id` ASC
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
ORDER BY "SHOP_CUSTOMER"."NAME" COLLATE "C" ASC, "SHOP_CUSTOMER"."ID" ASC
params: []
