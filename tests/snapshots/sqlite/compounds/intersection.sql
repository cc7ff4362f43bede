-- Tag.objects.filter(id__lt=5).intersection(Tag.objects.filter(id__gt=3)).order_by("id")
SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight" FROM "shop_tag" WHERE "shop_tag"."id" < ? INTERSECT SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight" FROM "shop_tag" WHERE "shop_tag"."id" > ? ORDER BY 1 ASC
-- params: [5, 3]
