-- Product.objects.annotate(w=Coalesce("weight", 0.0)).aggregate(Sum("w"))
SELECT SUM(COALESCE("SHOP_PRODUCT"."WEIGHT", :1)) AS "W__SUM" FROM "SHOP_PRODUCT"
-- params: [0]
