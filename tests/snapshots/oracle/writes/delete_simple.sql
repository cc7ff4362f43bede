-- OrderLine.objects.filter(quantity=0).delete()
DELETE FROM "SHOP_ORDERLINE" WHERE "SHOP_ORDERLINE"."QUANTITY" = :1
-- params: [0]
