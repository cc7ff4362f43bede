-- Product.objects.annotate(v=Window(NthValue("stock", nth=2), order_by=F("id").asc(), frame=RowRange())).values_list("id", "v")
SELECT "shop_product"."id", NTH_VALUE("shop_product"."stock", 2) OVER (ORDER BY "shop_product"."id" ASC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS "v" FROM "shop_product"
-- params: []
