-- Product.objects.annotate(b=Window(Ntile(4), order_by=F("id").asc())).values_list("id", "b")
SELECT "SHOP_PRODUCT"."ID", NTILE(4) OVER (ORDER BY "SHOP_PRODUCT"."ID" ASC) AS "B" FROM "SHOP_PRODUCT"
-- params: []
