-- Tag.objects.bulk_create([Tag(id=100, name="x"), Tag(name="y")])
INSERT INTO "SHOP_TAG" ("ID", "NAME", "WEIGHT") VALUES (:1, :2, :3)
-- params: [100, "x", 1]

INSERT INTO "SHOP_TAG" ("NAME", "WEIGHT") VALUES (:1, :2)
-- params: ["y", 1]
