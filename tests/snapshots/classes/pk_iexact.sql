query: Customer.objects.filter(pk__iexact="1").values_list("id", flat=True)

[sqlite]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE "shop_customer"."id" LIKE ? ESCAPE '\'
params: ["1"]

[postgresql]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE UPPER("shop_customer"."id"::text) = UPPER($1)
params: ["1"]

[mysql]
SELECT `shop_customer`.`id`
FROM `shop_customer`
WHERE `shop_customer`.`id` LIKE ?
params: ["1"]

[oracle]
SELECT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
WHERE UPPER("SHOP_CUSTOMER"."ID") = UPPER(:1)
params: ["1"]
