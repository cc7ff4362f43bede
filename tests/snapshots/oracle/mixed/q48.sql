-- Review.objects.filter(author__isnull=True).count()
SELECT COUNT(*) AS "__COUNT" FROM "SHOP_REVIEW" WHERE "SHOP_REVIEW"."AUTHOR_ID" IS NULL
-- params: []
