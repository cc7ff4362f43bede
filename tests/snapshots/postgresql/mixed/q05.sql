-- Review.objects.filter(created__year=2023, rating__gte=4).count()
SELECT COUNT(*) AS "__count" FROM "shop_review" WHERE ("shop_review"."created" BETWEEN $1 AND $2 AND "shop_review"."rating" >= $3)
-- params: ["2023-01-01 00:00:00", "2023-12-31 23:59:59.999999", 4]
