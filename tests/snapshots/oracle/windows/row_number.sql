-- Product.objects.annotate(n=Window(RowNumber(), order_by=F("id").asc())).values_list("id", "n")
SELECT "SHOP_PRODUCT"."ID", ROW_NUMBER() OVER (ORDER BY "SHOP_PRODUCT"."ID" ASC) AS "N" FROM "SHOP_PRODUCT"
-- params: []
