-- Order.objects.filter(status="cancelled").delete()
DELETE FROM "shop_orderline" WHERE "shop_orderline"."order_id" IN (SELECT "shop_order"."id" FROM "shop_order" WHERE "shop_order"."status" = ?)
-- params: ["cancelled"]

DELETE FROM "shop_order" WHERE "shop_order"."status" = ?
-- params: ["cancelled"]
