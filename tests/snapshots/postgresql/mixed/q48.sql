-- Review.objects.filter(author__isnull=True).count()
SELECT COUNT(*) AS "__count" FROM "shop_review" WHERE "shop_review"."author_id" IS NULL
-- params: []
