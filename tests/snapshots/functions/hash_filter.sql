query: Customer.objects.filter(city__isnull=False).annotate(h=MD5(Lower("country"))).filter(h=Value("22a2f2ab2ae1f3a5c1e4df1a4c5e0ccd")).values_list("id", flat=True)

[sqlite]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE (
  "shop_customer"."city" IS NOT NULL
  AND MD5(LOWER("shop_customer"."country")) = ?
)
params: ["22a2f2ab2ae1f3a5c1e4df1a4c5e0ccd"]

[postgresql]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE (
  "shop_customer"."city" IS NOT NULL
  AND MD5(LOWER("shop_customer"."country")) = $1
)
params: ["22a2f2ab2ae1f3a5c1e4df1a4c5e0ccd"]

[mysql]
SELECT `shop_customer`.`id`
FROM `shop_customer`
WHERE (
  `shop_customer`.`city` IS NOT NULL
  AND MD5(LOWER(`shop_customer`.`country`)) = BINARY ?
)
params: ["22a2f2ab2ae1f3a5c1e4df1a4c5e0ccd"]

[oracle]
SELECT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
WHERE (
  "SHOP_CUSTOMER"."CITY" IS NOT NULL
  AND LOWER(RAWTOHEX(STANDARD_HASH(UTL_I18N.STRING_TO_RAW(LOWER("SHOP_CUSTOMER"."COUNTRY"), 'AL32UTF8'), 'MD5'))) = :1
)
params: ["22a2f2ab2ae1f3a5c1e4df1a4c5e0ccd"]
