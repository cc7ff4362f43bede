-- Product.objects.filter(stock__gt=F("stock").bitand(3)).values_list("id", flat=True)
SELECT "shop_product"."id" FROM "shop_product" WHERE "shop_product"."stock" > ("shop_product"."stock" & $1)
-- params: [3]
