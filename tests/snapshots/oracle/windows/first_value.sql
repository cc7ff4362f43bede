-- Product.objects.annotate(f=Window(FirstValue("stock"), partition_by=[F("category_id")], order_by=F("id").asc())).values_list("id", "f")
SELECT "SHOP_PRODUCT"."ID", FIRST_VALUE("SHOP_PRODUCT"."STOCK") OVER (PARTITION BY "SHOP_PRODUCT"."CATEGORY_ID" ORDER BY "SHOP_PRODUCT"."ID" ASC) AS "F" FROM "SHOP_PRODUCT"
-- params: []
