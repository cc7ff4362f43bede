-- Product.objects.count()
SELECT COUNT(*) AS "__COUNT" FROM "SHOP_PRODUCT"
-- params: []
