-- Product.objects.annotate(b=F("stock").bitand(6)).values_list("id", "b")
SELECT "SHOP_PRODUCT"."ID", BITAND("SHOP_PRODUCT"."STOCK", :1) AS "B" FROM "SHOP_PRODUCT"
-- params: [6]
