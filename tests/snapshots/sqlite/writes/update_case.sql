-- Product.objects.update(stock=Case(When(stock__lt=0, then=Value(0)), default=F("stock")))
UPDATE "shop_product" SET "stock" = CASE WHEN "shop_product"."stock" < ? THEN ? ELSE "shop_product"."stock" END
-- params: [0, 0]
