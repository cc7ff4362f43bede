-- Tag.objects.bulk_create([Tag(name="sale"), Tag(name="new")], ignore_conflicts=True, unique_fields=["name"])
MERGE INTO "SHOP_TAG" USING (SELECT :1 "NAME", :2 "WEIGHT" FROM DUAL UNION ALL SELECT :3 "NAME", :4 "WEIGHT" FROM DUAL) "S" ON ("SHOP_TAG"."NAME" = "S"."NAME") WHEN NOT MATCHED THEN INSERT ("NAME", "WEIGHT") VALUES ("S"."NAME", "S"."WEIGHT")
-- params: ["sale", 1, "new", 1]
