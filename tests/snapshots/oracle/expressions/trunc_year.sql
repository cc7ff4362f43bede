-- Customer.objects.annotate(yr=TruncYear("joined")).values_list("id", "yr")
SELECT "SHOP_CUSTOMER"."ID", TRUNC("SHOP_CUSTOMER"."JOINED", 'YYYY') AS "YR" FROM "SHOP_CUSTOMER"
-- params: []
