-- Customer.objects.annotate(q=TruncQuarter("joined")).values_list("id", "q")
SELECT "shop_customer"."id", CAST(DATE_TRUNC('quarter', "shop_customer"."joined") AS date) AS "q" FROM "shop_customer"
-- params: []
