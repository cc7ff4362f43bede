-- Customer.objects.annotate(label=Concat("name", Value(" / "), "city")).values_list("id", "label")
SELECT "SHOP_CUSTOMER"."ID", COALESCE("SHOP_CUSTOMER"."NAME", '') || COALESCE(:1, '') || COALESCE("SHOP_CUSTOMER"."CITY", '') AS "LABEL" FROM "SHOP_CUSTOMER"
-- params: [" / "]
