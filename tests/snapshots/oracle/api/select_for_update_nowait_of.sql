-- Product.objects.select_for_update(nowait=True, of=("self",)).filter(stock__gt=0).values_list("id", "stock")
SELECT "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."STOCK" FROM "SHOP_PRODUCT" WHERE "SHOP_PRODUCT"."STOCK" > :1 FOR UPDATE OF "SHOP_PRODUCT"."ID" NOWAIT
-- params: [0]
