-- Customer.objects.annotate(w=TruncWeek("joined")).values_list("id", "w")
SELECT "shop_customer"."id", date("shop_customer"."joined", 'weekday 0', '-6 days') AS "w" FROM "shop_customer"
-- params: []
