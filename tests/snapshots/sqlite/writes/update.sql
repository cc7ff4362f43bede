-- Product.objects.filter(stock__lt=5).update(stock=F("stock") + 10)
UPDATE "shop_product" SET "stock" = ("shop_product"."stock" + ?) WHERE "shop_product"."stock" < ?
-- params: [10, 5]
