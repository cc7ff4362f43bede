-- Customer.objects.annotate(yr=TruncYear("joined")).values_list("id", "yr")
SELECT "shop_customer"."id", strftime('%Y-01-01', "shop_customer"."joined") AS "yr" FROM "shop_customer"
-- params: []
