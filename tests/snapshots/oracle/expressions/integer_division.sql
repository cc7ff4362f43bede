-- Product.objects.annotate(half=F("stock") / 2).values_list("id", "half")
SELECT "SHOP_PRODUCT"."ID", TRUNC("SHOP_PRODUCT"."STOCK" / :1) AS "HALF" FROM "SHOP_PRODUCT"
-- params: [2]
