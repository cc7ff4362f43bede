-- Customer.objects.dates("joined", "year", order="DESC")
SELECT DISTINCT CAST(DATE_TRUNC('year', "shop_customer"."joined") AS date) AS "datefield" FROM "shop_customer" WHERE "shop_customer"."joined" IS NOT NULL ORDER BY "datefield" DESC
-- params: []
