-- Product.objects.count()
SELECT COUNT(*) AS "__count" FROM "shop_product"
-- params: []
