-- Product.objects.annotate(p=Cast("price", output_field=IntegerField())).values_list("id", "p")
SELECT "SHOP_PRODUCT"."ID", CAST("SHOP_PRODUCT"."PRICE" AS NUMBER(11)) AS "P" FROM "SHOP_PRODUCT"
-- params: []
