-- Tag.objects.filter(id=1).union(Tag.objects.filter(id=2)).union(Tag.objects.filter(id=3)).order_by("id")
SELECT * FROM (SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight" FROM "shop_tag" WHERE "shop_tag"."id" = ? UNION SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight" FROM "shop_tag" WHERE "shop_tag"."id" = ?) UNION SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight" FROM "shop_tag" WHERE "shop_tag"."id" = ? ORDER BY 1 ASC
-- params: [1, 2, 3]
