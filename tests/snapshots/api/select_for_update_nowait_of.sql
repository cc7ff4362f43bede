query: Product.objects.select_for_update(nowait=True, of=("self",)).filter(stock__gt=0).values_list("id", "stock")

[sqlite]
SELECT "shop_product"."id", "shop_product"."stock"
FROM "shop_product"
WHERE "shop_product"."stock" > ?
params: [0]

[postgresql]
SELECT "shop_product"."id", "shop_product"."stock"
FROM "shop_product"
WHERE "shop_product"."stock" > $1
FOR UPDATE OF "shop_product" NOWAIT
params: [0]

[mysql]
error[unsupported]: mysql does not support select_for_update(of=...)
 --> line 1, column 17
  | Product.objects.select_for_update(nowait=True, of=("self",)).filter(stock__gt=0).values_list("id", "stock")
  |                 ^^^^^^^^^^^^^^^^^

[oracle]
SELECT "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."STOCK"
FROM "SHOP_PRODUCT"
WHERE "SHOP_PRODUCT"."STOCK" > :1
FOR UPDATE OF "SHOP_PRODUCT"."ID" NOWAIT
params: [0]
