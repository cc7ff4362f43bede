-- Customer.objects.annotate(yr=TruncYear("joined")).values_list("id", "yr")
SELECT "shop_customer"."id", CAST(DATE_TRUNC('year', "shop_customer"."joined") AS date) AS "yr" FROM "shop_customer"
-- params: []
