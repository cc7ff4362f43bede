query: Customer.objects.annotate(a=SHA256("city"), b=SHA384("name"), c=SHA512("country")).values_list("id", "a", "b", "c")

[sqlite]
SELECT "shop_customer"."id", SHA256("shop_customer"."city") AS "a", SHA384("shop_customer"."name") AS "b", SHA512("shop_customer"."country") AS "c"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", ENCODE(DIGEST("shop_customer"."city", 'sha256'), 'hex') AS "a", ENCODE(DIGEST("shop_customer"."name", 'sha384'), 'hex') AS "b", ENCODE(DIGEST("shop_customer"."country", 'sha512'), 'hex') AS "c"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, SHA2(`shop_customer`.`city`, 256) AS `a`, SHA2(`shop_customer`.`name`, 384) AS `b`, SHA2(`shop_customer`.`country`, 512) AS `c`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", LOWER(RAWTOHEX(STANDARD_HASH(UTL_I18N.STRING_TO_RAW("SHOP_CUSTOMER"."CITY", 'AL32UTF8'), 'SHA256'))) AS "A", LOWER(RAWTOHEX(STANDARD_HASH(UTL_I18N.STRING_TO_RAW("SHOP_CUSTOMER"."NAME", 'AL32UTF8'), 'SHA384'))) AS "B", LOWER(RAWTOHEX(STANDARD_HASH(UTL_I18N.STRING_TO_RAW("SHOP_CUSTOMER"."COUNTRY", 'AL32UTF8'), 'SHA512'))) AS "C"
FROM "SHOP_CUSTOMER"
params: []
