-- Product.objects.annotate(r=Window(Rank(), partition_by=[F("category_id")], order_by=F("price").desc())).values_list("id", "r").order_by("id")
SELECT "SHOP_PRODUCT"."ID", RANK() OVER (PARTITION BY "SHOP_PRODUCT"."CATEGORY_ID" ORDER BY "SHOP_PRODUCT"."PRICE" DESC) AS "R" FROM "SHOP_PRODUCT" ORDER BY "SHOP_PRODUCT"."ID" ASC
-- params: []
