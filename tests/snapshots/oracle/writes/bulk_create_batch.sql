-- Tag.objects.bulk_create([Tag(name="a"), Tag(name="b"), Tag(name="c")], batch_size=2)
INSERT INTO "SHOP_TAG" ("NAME", "WEIGHT") SELECT :1, :2 FROM DUAL UNION ALL SELECT :3, :4 FROM DUAL
-- params: ["a", 1, "b", 1]

INSERT INTO "SHOP_TAG" ("NAME", "WEIGHT") VALUES (:1, :2)
-- params: ["c", 1]
