-- Product.objects.annotate(total=Window(Sum("stock"), order_by=F("id").asc(), frame=RowRange(end=0))).values_list("id", "total")
SELECT "SHOP_PRODUCT"."ID", SUM("SHOP_PRODUCT"."STOCK") OVER (ORDER BY "SHOP_PRODUCT"."ID" ASC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "TOTAL" FROM "SHOP_PRODUCT"
-- params: []
