-- Product.objects.filter(stock__regex="^1").values_list("id", flat=True)
SELECT "SHOP_PRODUCT"."ID" FROM "SHOP_PRODUCT" WHERE REGEXP_LIKE("SHOP_PRODUCT"."STOCK", :1, 'c')
-- params: ["^1"]
