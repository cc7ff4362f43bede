-- Product.objects.annotate(f=Window(FirstValue("stock"), partition_by=[F("category_id")], order_by=F("id").asc())).values_list("id", "f")
SELECT "shop_product"."id", FIRST_VALUE("shop_product"."stock") OVER (PARTITION BY "shop_product"."category_id" ORDER BY "shop_product"."id" ASC) AS "f" FROM "shop_product"
-- params: []
