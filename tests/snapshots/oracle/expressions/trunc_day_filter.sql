-- Review.objects.annotate(day=TruncDay("created")).filter(day__year=2021).values_list("id", "day")
SELECT "SHOP_REVIEW"."ID", TRUNC("SHOP_REVIEW"."CREATED", 'DD') AS "DAY" FROM "SHOP_REVIEW" WHERE TRUNC("SHOP_REVIEW"."CREATED", 'DD') BETWEEN :1 AND :2
-- params: ["2021-01-01 00:00:00", "2021-12-31 23:59:59.999999"]
