-- Product.objects.annotate(half=F("stock") / 2).values_list("id", "half")
SELECT "shop_product"."id", ("shop_product"."stock" / ?) AS "half" FROM "shop_product"
-- params: [2]
