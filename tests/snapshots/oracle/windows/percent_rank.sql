-- Product.objects.annotate(r=Window(PercentRank(), order_by=F("id").asc())).values_list("id", "r")
SELECT "SHOP_PRODUCT"."ID", PERCENT_RANK() OVER (ORDER BY "SHOP_PRODUCT"."ID" ASC) AS "R" FROM "SHOP_PRODUCT"
-- params: []
