-- Product.objects.values("category_id").distinct().order_by("category_id")
SELECT DISTINCT "SHOP_PRODUCT"."CATEGORY_ID" FROM "SHOP_PRODUCT" ORDER BY "SHOP_PRODUCT"."CATEGORY_ID" ASC
-- params: []
