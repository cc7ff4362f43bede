-- OrderLine.objects.aggregate(n=Count("product", distinct=True))
SELECT COUNT(DISTINCT "SHOP_ORDERLINE"."PRODUCT_ID") AS "N" FROM "SHOP_ORDERLINE"
-- params: []
