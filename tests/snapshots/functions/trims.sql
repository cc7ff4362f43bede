query: Customer.objects.annotate(t=Trim(Concat(Value("  "), "city", Value(" "))), l=LTrim(Concat(Value("  "), "city")), r=RTrim(Concat("city", Value("  ")))).values_list("id", "t", "l", "r")

[sqlite]
SELECT "shop_customer"."id", TRIM(COALESCE(?, '') || COALESCE("shop_customer"."city", '') || COALESCE(?, '')) AS "t", LTRIM(COALESCE(?, '') || COALESCE("shop_customer"."city", '')) AS "l", RTRIM(COALESCE("shop_customer"."city", '') || COALESCE(?, '')) AS "r"
FROM "shop_customer"
params: ["  ", " ", "  ", "  "]

[postgresql]
SELECT "shop_customer"."id", TRIM(CONCAT($1::text, "shop_customer"."city", $2::text)) AS "t", LTRIM(CONCAT($3::text, "shop_customer"."city")) AS "l", RTRIM(CONCAT("shop_customer"."city", $4::text)) AS "r"
FROM "shop_customer"
params: ["  ", " ", "  ", "  "]

[mysql]
SELECT `shop_customer`.`id`, TRIM(CONCAT_WS('', ?, `shop_customer`.`city`, ?)) AS `t`, LTRIM(CONCAT_WS('', ?, `shop_customer`.`city`)) AS `l`, RTRIM(CONCAT_WS('', `shop_customer`.`city`, ?)) AS `r`
FROM `shop_customer`
params: ["  ", " ", "  ", "  "]

[oracle]
SELECT "SHOP_CUSTOMER"."ID", TRIM(COALESCE(:1, '') || COALESCE("SHOP_CUSTOMER"."CITY", '') || COALESCE(:2, '')) AS "T", LTRIM(COALESCE(:3, '') || COALESCE("SHOP_CUSTOMER"."CITY", '')) AS "L", RTRIM(COALESCE("SHOP_CUSTOMER"."CITY", '') || COALESCE(:4, '')) AS "R"
FROM "SHOP_CUSTOMER"
params: ["  ", " ", "  ", "  "]
