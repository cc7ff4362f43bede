-- Product.objects.annotate(r=Window(CumeDist(), order_by=F("id").asc())).values_list("id", "r")
SELECT "SHOP_PRODUCT"."ID", CUME_DIST() OVER (ORDER BY "SHOP_PRODUCT"."ID" ASC) AS "R" FROM "SHOP_PRODUCT"
-- params: []
