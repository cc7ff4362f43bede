query: Product.objects.annotate(a=Window(Lag("stock", 1, 0), order_by=F("id").asc())).values_list("id", "a")

[sqlite]
SELECT "shop_product"."id", LAG("shop_product"."stock", 1, ?) OVER (ORDER BY "shop_product"."id" ASC) AS "a"
FROM "shop_product"
params: [0]

[postgresql]
SELECT "shop_product"."id", LAG("shop_product"."stock", 1, $1) OVER (ORDER BY "shop_product"."id" ASC) AS "a"
FROM "shop_product"
params: [0]

[mysql]
error[unsupported]: mysql does not support Lag() with a default
 --> line 1, column 35
  | Product.objects.annotate(a=Window(Lag("stock", 1, 0), order_by=F("id").asc())).values_list("id", "a")
  |                                   ^^^^^^^^^^^^^^^^^^

[oracle]
SELECT "SHOP_PRODUCT"."ID", LAG("SHOP_PRODUCT"."STOCK", 1, :1) OVER (ORDER BY "SHOP_PRODUCT"."ID" ASC) AS "A"
FROM "SHOP_PRODUCT"
params: [0]
