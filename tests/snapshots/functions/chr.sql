query: Customer.objects.filter(name__startswith=Chr(Value(66))).values_list("id", flat=True)

[sqlite]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE instr("shop_customer"."name", CHAR(?)) = 1
params: [66]

[postgresql]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE "shop_customer"."name" LIKE REPLACE(REPLACE(REPLACE(CHR($1), '\', '\\'), '%', '\%'), '_', '\_') || '%'
params: [66]

[mysql]
SELECT `shop_customer`.`id`
FROM `shop_customer`
WHERE `shop_customer`.`name` LIKE BINARY CONCAT(REPLACE(REPLACE(REPLACE(CHAR(? USING utf16), '\\', '\\\\'), '%', '\\%'), '_', '\\_'), '%')
params: [66]

[oracle]
SELECT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
WHERE "SHOP_CUSTOMER"."NAME" LIKE REPLACE(REPLACE(REPLACE(CHR(:1 USING NCHAR_CS), '\', '\\'), '%', '\%'), '_', '\_') || '%' ESCAPE '\'
params: [66]
