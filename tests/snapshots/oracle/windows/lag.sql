-- Product.objects.annotate(prev=Window(Lag("stock"), order_by=F("id").asc())).values_list("id", "prev")
SELECT "SHOP_PRODUCT"."ID", LAG("SHOP_PRODUCT"."STOCK") OVER (ORDER BY "SHOP_PRODUCT"."ID" ASC) AS "PREV" FROM "SHOP_PRODUCT"
-- params: []
