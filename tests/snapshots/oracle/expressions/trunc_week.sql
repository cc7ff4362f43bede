-- Customer.objects.annotate(w=TruncWeek("joined")).values_list("id", "w")
SELECT "SHOP_CUSTOMER"."ID", TRUNC("SHOP_CUSTOMER"."JOINED", 'IW') AS "W" FROM "SHOP_CUSTOMER"
-- params: []
