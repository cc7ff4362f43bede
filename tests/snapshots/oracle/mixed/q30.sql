-- Product.objects.annotate(rounded=Round("price")).values_list("id", "rounded")
SELECT "SHOP_PRODUCT"."ID", ROUND("SHOP_PRODUCT"."PRICE") AS "ROUNDED" FROM "SHOP_PRODUCT"
-- params: []
