-- Product.objects.annotate(rounded=Round("price")).values_list("id", "rounded")
SELECT "shop_product"."id", ROUND("shop_product"."price") AS "rounded" FROM "shop_product"
-- params: []
