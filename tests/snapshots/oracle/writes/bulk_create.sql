-- Tag.objects.bulk_create([Tag(name="a"), Tag(name="b", weight=3), Tag(name="c", weight=-2)])
INSERT INTO "SHOP_TAG" ("NAME", "WEIGHT") SELECT :1, :2 FROM DUAL UNION ALL SELECT :3, :4 FROM DUAL UNION ALL SELECT :5, :6 FROM DUAL
-- params: ["a", 1, "b", 3, "c", -2]
