-- Order.objects.filter(status="cancelled").delete()
DELETE FROM "SHOP_ORDERLINE" WHERE "SHOP_ORDERLINE"."ORDER_ID" IN (SELECT "SHOP_ORDER"."ID" FROM "SHOP_ORDER" WHERE "SHOP_ORDER"."STATUS" = :1)
-- params: ["cancelled"]

DELETE FROM "SHOP_ORDER" WHERE "SHOP_ORDER"."STATUS" = :1
-- params: ["cancelled"]
