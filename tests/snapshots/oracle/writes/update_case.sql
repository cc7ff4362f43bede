-- Product.objects.update(stock=Case(When(stock__lt=0, then=Value(0)), default=F("stock")))
UPDATE "SHOP_PRODUCT" SET "STOCK" = CASE WHEN "SHOP_PRODUCT"."STOCK" < :1 THEN :2 ELSE "SHOP_PRODUCT"."STOCK" END
-- params: [0, 0]
