-- Product.objects.values_list("id", "price", "weight")
SELECT "SHOP_PRODUCT"."ID", "SHOP_PRODUCT"."PRICE", "SHOP_PRODUCT"."WEIGHT" FROM "SHOP_PRODUCT"
-- params: []
