-- Customer.objects.filter(country="DE").delete()
DELETE FROM "shop_profile" WHERE "shop_profile"."customer_id" IN (SELECT "shop_customer"."id" FROM "shop_customer" WHERE "shop_customer"."country" = ?)
-- params: ["DE"]

DELETE FROM "shop_orderline" WHERE "shop_orderline"."order_id" IN (SELECT "shop_order"."id" FROM "shop_order" WHERE "shop_order"."customer_id" IN (SELECT "shop_customer"."id" FROM "shop_customer" WHERE "shop_customer"."country" = ?))
-- params: ["DE"]

DELETE FROM "shop_order" WHERE "shop_order"."customer_id" IN (SELECT "shop_customer"."id" FROM "shop_customer" WHERE "shop_customer"."country" = ?)
-- params: ["DE"]

UPDATE "shop_review" SET "author_id" = NULL WHERE "shop_review"."author_id" IN (SELECT "shop_customer"."id" FROM "shop_customer" WHERE "shop_customer"."country" = ?)
-- params: ["DE"]

DELETE FROM "shop_customer" WHERE "shop_customer"."country" = ?
-- params: ["DE"]
