-- Review.objects.datetimes("created", "day", "DESC")
SELECT DISTINCT strftime('%Y-%m-%d 00:00:00', "shop_review"."created") AS "datetimefield" FROM "shop_review" WHERE "shop_review"."created" IS NOT NULL ORDER BY "datetimefield" DESC
-- params: []
