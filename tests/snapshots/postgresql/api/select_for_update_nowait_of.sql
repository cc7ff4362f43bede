-- Product.objects.select_for_update(nowait=True, of=("self",)).filter(stock__gt=0).values_list("id", "stock")
SELECT "shop_product"."id", "shop_product"."stock" FROM "shop_product" WHERE "shop_product"."stock" > $1 FOR UPDATE OF "shop_product" NOWAIT
-- params: [0]
