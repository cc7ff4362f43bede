-- Tag.objects.bulk_create([Tag(name="a"), Tag(name="b", weight=3), Tag(name="c", weight=-2)])
INSERT INTO "shop_tag" ("name", "weight") VALUES ($1, $2), ($3, $4), ($5, $6) RETURNING "id"
-- params: ["a", 1, "b", 3, "c", -2]
