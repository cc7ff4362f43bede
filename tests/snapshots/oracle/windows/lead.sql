-- Product.objects.annotate(nxt=Window(Lead("stock"), partition_by="category", order_by=F("id").asc())).values_list("id", "nxt")
SELECT "SHOP_PRODUCT"."ID", LEAD("SHOP_PRODUCT"."STOCK") OVER (PARTITION BY "SHOP_PRODUCT"."CATEGORY_ID" ORDER BY "SHOP_PRODUCT"."ID" ASC) AS "NXT" FROM "SHOP_PRODUCT"
-- params: []
