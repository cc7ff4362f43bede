-- Review.objects.annotate(day=TruncDay("created")).filter(day__year=2021).values_list("id", "day")
SELECT "shop_review"."id", DATE_TRUNC('day', "shop_review"."created") AS "day" FROM "shop_review" WHERE DATE_TRUNC('day', "shop_review"."created") BETWEEN $1 AND $2
-- params: ["2021-01-01 00:00:00", "2021-12-31 23:59:59.999999"]
