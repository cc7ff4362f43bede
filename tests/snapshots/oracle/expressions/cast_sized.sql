-- Product.objects.annotate(n=Cast("name", output_field=CharField(max_length=10)), p=Cast("weight", output_field=DecimalField(max_digits=8, decimal_places=2))).values_list("id", "n", "p")
SELECT "SHOP_PRODUCT"."ID", CAST("SHOP_PRODUCT"."NAME" AS NVARCHAR2(10)) AS "N", CAST("SHOP_PRODUCT"."WEIGHT" AS NUMBER(8, 2)) AS "P" FROM "SHOP_PRODUCT"
-- params: []
