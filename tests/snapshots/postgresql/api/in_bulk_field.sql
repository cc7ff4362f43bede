-- Tag.objects.in_bulk(["red", "blue"], field_name="name")
SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight" FROM "shop_tag" WHERE "shop_tag"."name" IN ($1, $2)
-- params: ["red", "blue"]
