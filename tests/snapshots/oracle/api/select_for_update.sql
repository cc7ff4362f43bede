-- Product.objects.select_for_update().filter(active=True).values_list("id", flat=True)
SELECT "SHOP_PRODUCT"."ID" FROM "SHOP_PRODUCT" WHERE "SHOP_PRODUCT"."ACTIVE" = :1 FOR UPDATE
-- params: [1]
