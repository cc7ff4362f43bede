-- Product.objects.annotate(g=Greatest("price", "cost")).values_list("id", "g")
SELECT "SHOP_PRODUCT"."ID", GREATEST("SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."COST") AS "G" FROM "SHOP_PRODUCT"
-- params: []
