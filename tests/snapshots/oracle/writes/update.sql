-- Product.objects.filter(stock__lt=5).update(stock=F("stock") + 10)
UPDATE "SHOP_PRODUCT" SET "STOCK" = ("SHOP_PRODUCT"."STOCK" + :1) WHERE "SHOP_PRODUCT"."STOCK" < :2
-- params: [10, 5]
