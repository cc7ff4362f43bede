-- Product.objects.annotate(r=Window(DenseRank(), order_by=[F("stock").desc(), F("id").asc()])).values_list("id", "r")
SELECT "SHOP_PRODUCT"."ID", DENSE_RANK() OVER (ORDER BY "SHOP_PRODUCT"."STOCK" DESC, "SHOP_PRODUCT"."ID" ASC) AS "R" FROM "SHOP_PRODUCT"
-- params: []
