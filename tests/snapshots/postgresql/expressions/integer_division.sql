-- Product.objects.annotate(half=F("stock") / 2).values_list("id", "half")
SELECT "shop_product"."id", ("shop_product"."stock" / $1) AS "half" FROM "shop_product"
-- params: [2]
