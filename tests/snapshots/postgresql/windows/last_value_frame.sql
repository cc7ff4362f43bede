-- Product.objects.annotate(l=Window(LastValue("stock"), partition_by=[F("category_id")], order_by=F("id").asc(), frame=RowRange(start=None, end=None))).values_list("id", "l")
SELECT "shop_product"."id", LAST_VALUE("shop_product"."stock") OVER (PARTITION BY "shop_product"."category_id" ORDER BY "shop_product"."id" ASC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS "l" FROM "shop_product"
-- params: []
