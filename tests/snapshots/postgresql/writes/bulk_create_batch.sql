-- Tag.objects.bulk_create([Tag(name="a"), Tag(name="b"), Tag(name="c")], batch_size=2)
INSERT INTO "shop_tag" ("name", "weight") VALUES ($1, $2), ($3, $4) RETURNING "id"
-- params: ["a", 1, "b", 1]

INSERT INTO "shop_tag" ("name", "weight") VALUES ($1, $2) RETURNING "id"
-- params: ["c", 1]
