query: Customer.objects.annotate(a=SHA1("city")).values_list("id", "a")

[sqlite]
SELECT "shop_customer"."id", SHA1("shop_customer"."city") AS "a"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", ENCODE(DIGEST("shop_customer"."city", 'sha1'), 'hex') AS "a"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, SHA1(`shop_customer`.`city`) AS `a`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", LOWER(RAWTOHEX(STANDARD_HASH(UTL_I18N.STRING_TO_RAW("SHOP_CUSTOMER"."CITY", 'AL32UTF8'), 'SHA1'))) AS "A"
FROM "SHOP_CUSTOMER"
params: []
