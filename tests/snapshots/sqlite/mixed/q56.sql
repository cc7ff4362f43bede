-- Product.objects.annotate(w=Coalesce("weight", 0.0)).aggregate(Sum("w"))
SELECT SUM(COALESCE("shop_product"."weight", ?)) AS "w__sum" FROM "shop_product"
-- params: [0]
