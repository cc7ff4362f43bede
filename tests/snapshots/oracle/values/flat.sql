-- Product.objects.values_list("sku", flat=True)
SELECT "SHOP_PRODUCT"."SKU", :1 AS "FLAT" FROM "SHOP_PRODUCT"
-- params: [1]
