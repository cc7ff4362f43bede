-- Product.objects.annotate(nxt=Window(Lead("stock"), partition_by="category", order_by=F("id").asc())).values_list("id", "nxt")
SELECT "shop_product"."id", LEAD("shop_product"."stock") OVER (PARTITION BY "shop_product"."category_id" ORDER BY "shop_product"."id" ASC) AS "nxt" FROM "shop_product"
-- params: []
