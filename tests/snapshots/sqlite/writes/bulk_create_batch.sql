-- Tag.objects.bulk_create([Tag(name="a"), Tag(name="b"), Tag(name="c")], batch_size=2)
INSERT INTO "shop_tag" ("name", "weight") VALUES (?, ?), (?, ?) RETURNING "id"
-- params: ["a", 1, "b", 1]

INSERT INTO "shop_tag" ("name", "weight") VALUES (?, ?) RETURNING "id"
-- params: ["c", 1]
