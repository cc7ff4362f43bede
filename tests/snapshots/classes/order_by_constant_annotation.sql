query: Customer.objects.annotate(k=Value(1)).order_by("k", "id").values_list("id", "k")

[sqlite]
SELECT "shop_customer"."id", ? AS "k"
FROM "shop_customer"
ORDER BY "k" ASC, "shop_customer"."id" ASC
params: [1]

[postgresql]
SELECT "shop_customer"."id", $1 AS "k"
FROM "shop_customer"
ORDER BY "k" ASC, "shop_customer"."id" ASC
params: [1]

[mysql]
SELECT `shop_customer`.`id`, ? AS `k`
FROM `shop_customer`
ORDER BY `k` ASC, `shop_customer`.`id` ASC
params: [1]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", :1 AS "K"
FROM "SHOP_CUSTOMER"
ORDER BY "K" ASC, "SHOP_CUSTOMER"."ID" ASC
params: [1]
