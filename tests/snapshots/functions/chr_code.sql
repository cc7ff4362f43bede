query: Customer.objects.annotate(c=Ord(Chr(Value(913)))).values_list("id", "c")

[sqlite]
SELECT "shop_customer"."id", UNICODE(CHAR(?)) AS "c"
FROM "shop_customer"
params: [913]

[postgresql]
SELECT "shop_customer"."id", ASCII(CHR($1)) AS "c"
FROM "shop_customer"
params: [913]

[mysql]
SELECT `shop_customer`.`id`, ORD(CHAR(? USING utf16)) AS `c`
FROM `shop_customer`
params: [913]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", ASCII(CHR(:1 USING NCHAR_CS)) AS "C"
FROM "SHOP_CUSTOMER"
params: [913]
