-- Product.objects.annotate(n=Cast("name", output_field=CharField(max_length=10)), p=Cast("weight", output_field=DecimalField(max_digits=8, decimal_places=2))).values_list("id", "n", "p")
SELECT "shop_product"."id", SUBSTR(CAST("shop_product"."name" AS text), 1, 10) AS "n", ROUND(CAST("shop_product"."weight" AS decimal), 2) AS "p" FROM "shop_product"
-- params: []
