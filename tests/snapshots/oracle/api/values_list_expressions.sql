-- Product.objects.values_list("id", Lower("sku"), Length("name"))
SELECT "SHOP_PRODUCT"."ID", LOWER("SHOP_PRODUCT"."SKU") AS "LOWER1", LENGTH("SHOP_PRODUCT"."NAME") AS "LENGTH2" FROM "SHOP_PRODUCT"
-- params: []
