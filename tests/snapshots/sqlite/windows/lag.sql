-- Product.objects.annotate(prev=Window(Lag("stock"), order_by=F("id").asc())).values_list("id", "prev")
SELECT "shop_product"."id", LAG("shop_product"."stock") OVER (ORDER BY "shop_product"."id" ASC) AS "prev" FROM "shop_product"
-- params: []
