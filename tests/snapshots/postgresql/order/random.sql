-- Tag.objects.order_by("?")
SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight" FROM "shop_tag" ORDER BY RANDOM()
-- params: []
