-- Product.objects.annotate(l=Window(LastValue("stock"), partition_by=[F("category_id")], order_by=F("id").asc(), frame=RowRange(start=None, end=None))).values_list("id", "l")
SELECT "SHOP_PRODUCT"."ID", LAST_VALUE("SHOP_PRODUCT"."STOCK") OVER (PARTITION BY "SHOP_PRODUCT"."CATEGORY_ID" ORDER BY "SHOP_PRODUCT"."ID" ASC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS "L" FROM "SHOP_PRODUCT"
-- params: []
