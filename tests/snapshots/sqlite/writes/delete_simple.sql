-- OrderLine.objects.filter(quantity=0).delete()
DELETE FROM "shop_orderline" WHERE "shop_orderline"."quantity" = ?
-- params: [0]
