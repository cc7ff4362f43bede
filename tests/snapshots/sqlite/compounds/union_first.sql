-- Tag.objects.filter(id__gt=3).union(Tag.objects.filter(id__lt=2)).first()
SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight" FROM "shop_tag" WHERE "shop_tag"."id" > ? UNION SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight" FROM "shop_tag" WHERE "shop_tag"."id" < ? ORDER BY 1 ASC LIMIT 1
-- params: [3, 2]
