query: Customer.objects.order_by(Upper("city").asc(), "id").values_list("id", flat=True)

[sqlite]
SELECT "shop_customer"."id"
FROM "shop_customer"
ORDER BY UPPER("shop_customer"."city") ASC, "shop_customer"."id" ASC
params: []

[postgresql]
SELECT "shop_customer"."id"
FROM "shop_customer"
ORDER BY UPPER("shop_customer"."city") ASC, "shop_customer"."id" ASC
params: []

[mysql]
SELECT `shop_customer`.`id`
FROM `shop_customer`
ORDER BY UPPER(`shop_customer`.`city`) ASC, `shop_customer`.`id` ASC
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
ORDER BY UPPER("SHOP_CUSTOMER"."CITY") ASC, "SHOP_CUSTOMER"."ID" ASC
params: []
