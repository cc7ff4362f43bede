-- Product.objects.annotate(prev=Window(Lag("stock", offset=2, default=0), order_by=F("id").asc())).values_list("id", "prev")
SELECT "shop_product"."id", LAG("shop_product"."stock", 2, $1) OVER (ORDER BY "shop_product"."id" ASC) AS "prev" FROM "shop_product"
-- params: [0]
