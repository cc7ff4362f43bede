-- Product.objects.values_list("sku", flat=True)
SELECT "SHOP_PRODUCT"."SKU" FROM "SHOP_PRODUCT"
-- params: []
