query: Customer.objects.filter(city__isnull=False).annotate(x=NullIf("city", Value(""))).filter(x__isnull=True).values_list("id", flat=True)

[sqlite]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE (
  "shop_customer"."city" IS NOT NULL
  AND NULLIF("shop_customer"."city", ?) IS NULL
)
params: [""]

[postgresql]
SELECT "shop_customer"."id"
FROM "shop_customer"
WHERE (
  "shop_customer"."city" IS NOT NULL
  AND NULLIF("shop_customer"."city", $1) IS NULL
)
params: [""]

[mysql]
SELECT `shop_customer`.`id`
FROM `shop_customer`
WHERE (
  `shop_customer`.`city` IS NOT NULL
  AND NULLIF(`shop_customer`.`city`, ?) IS NULL
)
params: [""]

[oracle]
SELECT "SHOP_CUSTOMER"."ID"
FROM "SHOP_CUSTOMER"
WHERE (
  "SHOP_CUSTOMER"."CITY" IS NOT NULL
  AND NULLIF("SHOP_CUSTOMER"."CITY", :1) IS NULL
)
params: [""]
