-- Review.objects.datetimes("created", "day", "DESC")
SELECT DISTINCT DATE_TRUNC('day', "shop_review"."created") AS "datetimefield" FROM "shop_review" WHERE "shop_review"."created" IS NOT NULL ORDER BY "datetimefield" DESC
-- params: []
