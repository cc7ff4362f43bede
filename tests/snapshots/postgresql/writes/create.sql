-- Tag.objects.create(name="fresh", weight=2)
INSERT INTO "shop_tag" ("name", "weight") VALUES ($1, $2) RETURNING "id"
-- params: ["fresh", 2]
