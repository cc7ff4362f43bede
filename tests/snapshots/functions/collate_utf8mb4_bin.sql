query: Customer.objects.annotate(x=Collate("name", "utf8mb4_bin")).filter(x="alice smith").values_list("id", flat=True)

[sqlite]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE "shop_customer"."name" COLLATE "utf8mb4_bin" = ?
params: ["alice smith"]

[postgresql]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE "shop_customer"."name" COLLATE "utf8mb4_bin" = $1
params: ["alice smith"]

[mysql]
SELECT `shop_customer`.`id`
FROM `shop_customer`
WHERE `shop_customer`.`name` COLLATE `utf8mb4_bin` = BINARY ?
params: ["alice smith"]

[oracle]
SELECT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
WHERE "SHOP_CUSTOMER"."NAME" COLLATE "UTF8MB4_BIN" = :1
params: ["alice smith"]
