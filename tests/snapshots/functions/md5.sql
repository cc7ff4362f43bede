query: Customer.objects.annotate(x=MD5("city")).values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", MD5("shop_customer"."city") AS "x"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", MD5("shop_customer"."city") AS "x"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, MD5(`shop_customer`.`city`) AS `x`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", LOWER(RAWTOHEX(STANDARD_HASH(UTL_I18N.STRING_TO_RAW("SHOP_CUSTOMER"."CITY", 'AL32UTF8'), 'MD5'))) AS "X"
FROM "SHOP_CUSTOMER"
params: []
