-- Product.objects.annotate(b=F("stock").bitor(1)).values_list("id", "b")
SELECT "SHOP_PRODUCT"."ID", (BITAND(-"SHOP_PRODUCT"."STOCK" - 1, :1) + "SHOP_PRODUCT"."STOCK") AS "B" FROM "SHOP_PRODUCT"
-- params: [1]
