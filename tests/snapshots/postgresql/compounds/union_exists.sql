-- Tag.objects.filter(id=1).union(Tag.objects.filter(id=2)).exists()
(SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight" FROM "shop_tag" WHERE "shop_tag"."id" = $1) UNION (SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight" FROM "shop_tag" WHERE "shop_tag"."id" = $2) LIMIT 1
-- params: [1, 2]
