-- Tag.objects.filter(id__lt=5).union(Tag.objects.filter(id__gt=3), all=True).count()
SELECT COUNT(*) AS "__COUNT" FROM ((SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT" FROM "SHOP_TAG" WHERE "SHOP_TAG"."ID" < :1) UNION ALL (SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT" FROM "SHOP_TAG" WHERE "SHOP_TAG"."ID" > :2)) "SUBQUERY"
-- params: [5, 3]
