query: Customer.objects.annotate(x=Upper(MD5("name"))).values_list("id", "x")

[sqlite]
SELECT "shop_customer"."id", UPPER(MD5("shop_customer"."name")) AS "x"
FROM "shop_customer"
params: []

[postgresql]
SELECT "shop_customer"."id", UPPER(MD5("shop_customer"."name")) AS "x"
FROM "shop_customer"
params: []

[mysql]
SELECT `shop_customer`.`id`, UPPER(MD5(`shop_customer`.`name`)) AS `x`
FROM `shop_customer`
params: []

[oracle]
SELECT "SHOP_CUSTOMER"."ID", UPPER(LOWER(RAWTOHEX(STANDARD_HASH(UTL_I18N.STRING_TO_RAW("SHOP_CUSTOMER"."NAME", 'AL32UTF8'), 'MD5')))) AS "X"
FROM "SHOP_CUSTOMER"
params: []
