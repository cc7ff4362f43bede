-- Product.objects.filter(active=True).count()
SELECT COUNT(*) AS "__COUNT" FROM "SHOP_PRODUCT" WHERE "SHOP_PRODUCT"."ACTIVE" = :1
-- params: [1]
