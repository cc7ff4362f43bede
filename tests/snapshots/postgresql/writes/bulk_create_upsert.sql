-- Tag.objects.bulk_create([Tag(name="sale", weight=5)], update_conflicts=True, update_fields=["weight"], unique_fields=["name"])
INSERT INTO "shop_tag" ("name", "weight") VALUES ($1, $2) ON CONFLICT ("name") DO UPDATE SET "weight" = EXCLUDED."weight" RETURNING "id"
-- params: ["sale", 5]
