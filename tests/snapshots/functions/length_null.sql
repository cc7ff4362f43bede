query: Customer.objects.annotate(n=Length("email")).values_list("id", "n")

[sqlite]
SELECT "shop_customer"."id", LENGTH("shop_customer"."email") AS "n"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", LENGTH("shop_customer"."email") AS "n"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, CHAR_LENGTH(`shop_customer`.`email`) AS `n`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", LENGTH("SHOP_CUSTOMER"."EMAIL") AS "N"
FROM "SHOP_CUSTOMER"
params: []
