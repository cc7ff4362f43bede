-- Customer.objects.dates("joined", "year", order="DESC")
SELECT DISTINCT strftime('%Y-01-01', "shop_customer"."joined") AS "datefield" FROM "shop_customer" WHERE "shop_customer"."joined" IS NOT NULL ORDER BY "datefield" DESC
-- params: []
