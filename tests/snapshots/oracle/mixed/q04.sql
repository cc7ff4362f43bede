-- Product.objects.aggregate(avg=Avg("price"), mx=Max("price"))
SELECT AVG("SHOP_PRODUCT"."PRICE") AS "AVG", MAX("SHOP_PRODUCT"."PRICE") AS "MX" FROM "SHOP_PRODUCT"
-- params: []
