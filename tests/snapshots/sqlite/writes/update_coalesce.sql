-- Order.objects.filter(discount__isnull=True).update(discount=Coalesce("discount", Value(Decimal("0.00"))))
UPDATE "shop_order" SET "discount" = COALESCE("shop_order"."discount", CAST(? AS NUMERIC)) WHERE "shop_order"."discount" IS NULL
-- params: ["0.00"]
