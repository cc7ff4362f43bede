-- Product.objects.filter(stock__gte=0).annotate(l=F("stock").bitleftshift(2), r=F("stock").bitrightshift(1)).values_list("id", "l", "r")
SELECT "SHOP_PRODUCT"."ID", ("SHOP_PRODUCT"."STOCK" * POWER(2, :1)) AS "L", FLOOR("SHOP_PRODUCT"."STOCK" / POWER(2, :2)) AS "R" FROM "SHOP_PRODUCT" WHERE "SHOP_PRODUCT"."STOCK" >= :3
-- params: [2, 1, 0]
