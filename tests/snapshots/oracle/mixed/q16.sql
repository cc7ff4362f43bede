-- Product.objects.order_by("-price")[:5].values("name", "price")
SELECT "SHOP_PRODUCT"."NAME", "SHOP_PRODUCT"."PRICE" FROM "SHOP_PRODUCT" ORDER BY "SHOP_PRODUCT"."PRICE" DESC FETCH FIRST 5 ROWS ONLY
-- params: []
