-- Product.objects.annotate(r=Window(RowNumber(), order_by=F("price").desc())).order_by("r").values_list("id", flat=True)
SELECT "shop_product"."id" FROM "shop_product" ORDER BY ROW_NUMBER() OVER (ORDER BY "shop_product"."price" DESC) ASC
-- params: []
