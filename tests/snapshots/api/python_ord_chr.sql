query: Customer.objects.filter(name__startswith=chr(66)).annotate(c=Chr(ord("J"))).values_list("id", "c").order_by("id")

[sqlite]
SELECT "shop_customer"."id", CHAR(?) AS "c"
FROM "shop_customer"
WHERE "shop_customer"."name" GLOB ?
ORDER BY "shop_customer"."id" ASC
params: [74, "B*"]

[postgresql]
SELECT "shop_customer"."id", CHR($1) AS "c"
FROM "shop_customer"
WHERE "shop_customer"."name" LIKE $2
ORDER BY "shop_customer"."id" ASC
params: [74, "B%"]

[mysql]
SELECT `shop_customer`.`id`, CHAR(? USING utf16) AS `c`
FROM `shop_customer`
WHERE `shop_customer`.`name` LIKE BINARY ?
ORDER BY `shop_customer`.`id` ASC
params: [74, "B%"]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", CHR(:1 USING NCHAR_CS) AS "C"
FROM "SHOP_CUSTOMER"
WHERE "SHOP_CUSTOMER"."NAME" LIKE :2 ESCAPE '\'
ORDER BY "SHOP_CUSTOMER"."ID" ASC
params: [74, "B%"]
