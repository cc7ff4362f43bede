-- Product.objects.annotate(r=Window(DenseRank(), order_by=[F("stock").desc(), F("id").asc()])).values_list("id", "r")
SELECT "shop_product"."id", DENSE_RANK() OVER (ORDER BY "shop_product"."stock" DESC, "shop_product"."id" ASC) AS "r" FROM "shop_product"
-- params: []
