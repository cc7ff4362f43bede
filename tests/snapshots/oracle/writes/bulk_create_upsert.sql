-- Tag.objects.bulk_create([Tag(name="sale", weight=5)], update_conflicts=True, update_fields=["weight"], unique_fields=["name"])
MERGE INTO "SHOP_TAG" USING (SELECT :1 "NAME", :2 "WEIGHT" FROM DUAL) "S" ON ("SHOP_TAG"."NAME" = "S"."NAME") WHEN MATCHED THEN UPDATE SET "SHOP_TAG"."WEIGHT" = "S"."WEIGHT" WHEN NOT MATCHED THEN INSERT ("NAME", "WEIGHT") VALUES ("S"."NAME", "S"."WEIGHT")
-- params: ["sale", 5]
