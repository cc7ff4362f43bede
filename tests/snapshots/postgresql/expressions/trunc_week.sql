-- Customer.objects.annotate(w=TruncWeek("joined")).values_list("id", "w")
SELECT "shop_customer"."id", CAST(DATE_TRUNC('week', "shop_customer"."joined") AS date) AS "w" FROM "shop_customer"
-- params: []
