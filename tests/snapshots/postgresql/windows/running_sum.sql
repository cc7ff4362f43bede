-- Product.objects.annotate(total=Window(Sum("stock"), order_by=F("id").asc(), frame=RowRange(end=0))).values_list("id", "total")
SELECT "shop_product"."id", SUM("shop_product"."stock") OVER (ORDER BY "shop_product"."id" ASC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "total" FROM "shop_product"
-- params: []
