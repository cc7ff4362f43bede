-- Product.objects.annotate(r=Round("weight")).values_list("id", "r")
SELECT "SHOP_PRODUCT"."ID", ROUND("SHOP_PRODUCT"."WEIGHT") AS "R" FROM "SHOP_PRODUCT"
-- params: []
