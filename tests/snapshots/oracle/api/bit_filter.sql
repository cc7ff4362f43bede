-- Product.objects.filter(stock__gt=F("stock").bitand(3)).values_list("id", flat=True)
SELECT "SHOP_PRODUCT"."ID" FROM "SHOP_PRODUCT" WHERE "SHOP_PRODUCT"."STOCK" > BITAND("SHOP_PRODUCT"."STOCK", :1)
-- params: [3]
