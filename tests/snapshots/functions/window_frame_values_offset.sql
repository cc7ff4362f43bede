query: Product.objects.annotate(s=Window(Sum("stock"), order_by=F("stock").asc(), frame=ValueRange(start=-10, end=10))).values_list("id", "s")

[sqlite]
SELECT "shop_product"."id", SUM("shop_product"."stock") OVER (ORDER BY "shop_product"."stock" ASC RANGE BETWEEN 10 PRECEDING AND 10 FOLLOWING) AS "s"
FROM "shop_product"
params: []

[postgresql]
error[unsupported]: postgresql does not support ValueRange() with offsets (only UNBOUNDED together with PRECEDING and FOLLOWING)
 --> line 1, column 82
  | Product.objects.annotate(s=Window(Sum("stock"), order_by=F("stock").asc(), frame=ValueRange(start=-10, end=10))).values_list("id", "s")
  |                                                                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

[mysql]
SELECT `shop_product`.`id`, SUM(`shop_product`.`stock`) OVER (ORDER BY `shop_product`.`stock` ASC RANGE BETWEEN 10 PRECEDING AND 10 FOLLOWING) AS `s`
FROM `shop_product`
params: []

[oracle]
SELECT "SHOP_PRODUCT"."ID", SUM("SHOP_PRODUCT"."STOCK") OVER (ORDER BY "SHOP_PRODUCT"."STOCK" ASC RANGE BETWEEN 10 PRECEDING AND 10 FOLLOWING) AS "S"
FROM "SHOP_PRODUCT"
params: []
