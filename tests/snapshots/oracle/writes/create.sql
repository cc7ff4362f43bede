-- Tag.objects.create(name="fresh", weight=2)
INSERT INTO "SHOP_TAG" ("NAME", "WEIGHT") VALUES (:1, :2)
-- params: ["fresh", 2]
