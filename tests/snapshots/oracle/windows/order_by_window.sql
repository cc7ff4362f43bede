-- Product.objects.annotate(r=Window(RowNumber(), order_by=F("price").desc())).order_by("r").values_list("id", flat=True)
SELECT "SHOP_PRODUCT"."ID" FROM "SHOP_PRODUCT" ORDER BY ROW_NUMBER() OVER (ORDER BY "SHOP_PRODUCT"."PRICE" DESC) ASC
-- params: []
