-- Customer.objects.annotate(s=F("score")).exclude(s__gt=3).values_list("id", flat=True)
SELECT "SHOP_CUSTOMER"."ID" FROM "SHOP_CUSTOMER" WHERE NOT ("SHOP_CUSTOMER"."SCORE" > :1)
-- params: [3]
