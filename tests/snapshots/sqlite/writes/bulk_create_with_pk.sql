-- Tag.objects.bulk_create([Tag(id=100, name="x"), Tag(name="y")])
INSERT INTO "shop_tag" ("id", "name", "weight") VALUES (?, ?, ?)
-- params: [100, "x", 1]

INSERT INTO "shop_tag" ("name", "weight") VALUES (?, ?) RETURNING "id"
-- params: ["y", 1]
