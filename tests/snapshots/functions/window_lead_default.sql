query: Product.objects.annotate(a=Window(Lead("price", offset=1, default=Decimal("0")), order_by=F("id").asc())).values_list("id", "a")

[sqlite]
SELECT "shop_product"."id", LEAD("shop_product"."price", 1, CAST(? AS NUMERIC)) OVER (ORDER BY "shop_product"."id" ASC) AS "a"
FROM "shop_product"
params: [Decimal("0")]

[postgresql]
SELECT "shop_product"."id", LEAD("shop_product"."price", 1, $1) OVER (ORDER BY "shop_product"."id" ASC) AS "a"
FROM "shop_product"
params: [Decimal("0")]

[mysql]
error[unsupported]: mysql does not support Lead() with a default
 --> line 1, column 35
  | Product.objects.annotate(a=Window(Lead("price", offset=1, default=Decimal("0")), order_by=F("id").asc())).values_list("id", "a")
  |                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

[oracle]
SELECT "SHOP_PRODUCT"."ID", LEAD("SHOP_PRODUCT"."PRICE", 1, :1) OVER (ORDER BY "SHOP_PRODUCT"."ID" ASC) AS "A"
FROM "SHOP_PRODUCT"
params: [Decimal("0")]
