-- Product.objects.annotate(r=Window(CumeDist(), order_by=F("id").asc())).values_list("id", "r")
SELECT "shop_product"."id", CUME_DIST() OVER (ORDER BY "shop_product"."id" ASC) AS "r" FROM "shop_product"
-- params: []
