-- Tag.objects.create(name="fresh", weight=2)
INSERT INTO "shop_tag" ("name", "weight") VALUES (?, ?) RETURNING "id"
-- params: ["fresh", 2]
