-- Tag.objects.filter(id__lt=3).union(Tag.objects.filter(id__gt=8)).order_by("id").reverse()
(SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight" FROM "shop_tag" WHERE "shop_tag"."id" < $1) UNION (SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight" FROM "shop_tag" WHERE "shop_tag"."id" > $2) ORDER BY 1 DESC
-- params: [3, 8]
