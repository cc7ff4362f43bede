-- Product.objects.annotate(n=Window(RowNumber(), order_by=F("id").asc())).values_list("id", "n")
SELECT "shop_product"."id", ROW_NUMBER() OVER (ORDER BY "shop_product"."id" ASC) AS "n" FROM "shop_product"
-- params: []
