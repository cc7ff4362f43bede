-- Tag.objects.filter(id__lt=5).union(Tag.objects.filter(id__gt=3), all=True).count()
SELECT COUNT(*) AS "__count" FROM ((SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight" FROM "shop_tag" WHERE "shop_tag"."id" < $1) UNION ALL (SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight" FROM "shop_tag" WHERE "shop_tag"."id" > $2)) "subquery"
-- params: [5, 3]
