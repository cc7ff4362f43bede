-- Customer.objects.annotate(q=TruncQuarter("joined")).values_list("id", "q")
SELECT "SHOP_CUSTOMER"."ID", TRUNC("SHOP_CUSTOMER"."JOINED", 'Q') AS "Q" FROM "SHOP_CUSTOMER"
-- params: []
