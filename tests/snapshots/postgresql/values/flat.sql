-- Product.objects.values_list("sku", flat=True)
SELECT "shop_product"."sku", $1 AS "flat" FROM "shop_product"
-- params: [true]
