-- Customer.objects.annotate(q=TruncQuarter("joined")).values_list("id", "q")
SELECT "shop_customer"."id", printf('%04d-%02d-01', CAST(strftime('%Y', "shop_customer"."joined") AS INTEGER), ((CAST(strftime('%m', "shop_customer"."joined") AS INTEGER) - 1) / 3) * 3 + 1) AS "q" FROM "shop_customer"
-- params: []
