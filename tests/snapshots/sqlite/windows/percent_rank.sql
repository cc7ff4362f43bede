-- Product.objects.annotate(r=Window(PercentRank(), order_by=F("id").asc())).values_list("id", "r")
SELECT "shop_product"."id", PERCENT_RANK() OVER (ORDER BY "shop_product"."id" ASC) AS "r" FROM "shop_product"
-- params: []
