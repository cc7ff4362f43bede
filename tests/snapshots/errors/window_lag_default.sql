query: Product.objects.annotate(prev=Window(Lag("stock", offset=2, default=0), order_by=F("id").asc())).values_list("id", "prev")

[sqlite]
SELECT "shop_product"."id", LAG("shop_product"."stock", 2, ?) OVER (ORDER BY "shop_product"."id" ASC) AS "prev"
FROM "shop_product"
params: [0]

[postgresql]
SELECT "shop_product"."id", LAG("shop_product"."stock", 2, $1) OVER (ORDER BY "shop_product"."id" ASC) AS "prev"
FROM "shop_product"
params: [0]

[mysql]
error[unsupported]: mysql does not support Lag() with a default
 --> line 1, column 38
  | Product.objects.annotate(prev=Window(Lag("stock", offset=2, default=0), order_by=F("id").asc())).values_list("id", "prev")
  |                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

[oracle]
SELECT "SHOP_PRODUCT"."ID", LAG("SHOP_PRODUCT"."STOCK", 2, :1) OVER (ORDER BY "SHOP_PRODUCT"."ID" ASC) AS "PREV"
FROM "SHOP_PRODUCT"
params: [0]
