-- Product.objects.annotate(p=Cast("price", output_field=IntegerField())).values_list("id", "p")
SELECT "shop_product"."id", CAST("shop_product"."price" AS integer) AS "p" FROM "shop_product"
-- params: []
