-- Product.objects.annotate(r=Window(Rank(), partition_by=[F("category_id")], order_by=F("price").desc())).values_list("id", "r").order_by("id")
SELECT "shop_product"."id", RANK() OVER (PARTITION BY "shop_product"."category_id" ORDER BY "shop_product"."price" DESC) AS "r" FROM "shop_product" ORDER BY "shop_product"."id" ASC
-- params: []
