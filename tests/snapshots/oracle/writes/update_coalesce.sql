-- Order.objects.filter(discount__isnull=True).update(discount=Coalesce("discount", Value(Decimal("0.00"))))
UPDATE "SHOP_ORDER" SET "DISCOUNT" = COALESCE("SHOP_ORDER"."DISCOUNT", :1) WHERE "SHOP_ORDER"."DISCOUNT" IS NULL
-- params: ["0.00"]
