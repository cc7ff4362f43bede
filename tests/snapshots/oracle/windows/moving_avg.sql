-- Product.objects.annotate(a=Window(Avg("stock"), order_by=F("id").asc(), frame=RowRange(start=-1, end=1))).values_list("id", "a")
SELECT "SHOP_PRODUCT"."ID", AVG("SHOP_PRODUCT"."STOCK") OVER (ORDER BY "SHOP_PRODUCT"."ID" ASC ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS "A" FROM "SHOP_PRODUCT"
-- params: []
