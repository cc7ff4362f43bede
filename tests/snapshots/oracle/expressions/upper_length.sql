-- Customer.objects.annotate(u=Upper("city"), n=Length("name")).values_list("id", "u", "n")
SELECT "SHOP_CUSTOMER"."ID", UPPER("SHOP_CUSTOMER"."CITY") AS "U", LENGTH("SHOP_CUSTOMER"."NAME") AS "N" FROM "SHOP_CUSTOMER"
-- params: []
