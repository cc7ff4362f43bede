-- Product.objects.filter(stock__lt=5).update(stock=F("stock") + 10)
UPDATE "shop_product" SET "stock" = ("shop_product"."stock" + $1) WHERE "shop_product"."stock" < $2
-- params: [10, 5]
