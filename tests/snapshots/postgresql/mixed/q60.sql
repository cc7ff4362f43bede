-- Tag.objects.annotate(n=Count("products")).order_by("-n", "name")[:5]
SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight", COUNT("shop_product_tags"."product_id") AS "n" FROM "shop_tag" LEFT OUTER JOIN "shop_product_tags" ON ("shop_tag"."id" = "shop_product_tags"."tag_id") GROUP BY "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight" ORDER BY "n" DESC, "shop_tag"."name" ASC LIMIT 5
-- params: []
