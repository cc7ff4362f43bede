-- Tag.objects.bulk_create([Tag(name="sale"), Tag(name="new")], ignore_conflicts=True, unique_fields=["name"])
INSERT INTO "shop_tag" ("name", "weight") VALUES ($1, $2), ($3, $4) ON CONFLICT ("name") DO NOTHING
-- params: ["sale", 1, "new", 1]
