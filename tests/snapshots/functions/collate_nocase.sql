query: Customer.objects.annotate(x=Collate("city", "nocase")).filter(x="berlin").values_list("id", flat=True)

[sqlite]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE "shop_customer"."city" COLLATE "nocase" = ?
params: ["berlin"]

[postgresql]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE "shop_customer"."city" COLLATE "nocase" = $1
params: ["berlin"]

[mysql]
SELECT `shop_customer`.`id`
FROM `shop_customer`
WHERE `shop_customer`.`city` COLLATE `nocase` = BINARY ?
params: ["berlin"]

[oracle]
SELECT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
WHERE "SHOP_CUSTOMER"."CITY" COLLATE "NOCASE" = :1
params: ["berlin"]
