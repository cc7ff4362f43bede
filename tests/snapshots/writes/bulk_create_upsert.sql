query: Tag.objects.bulk_create([Tag(name="sale", weight=5)], update_conflicts=True, update_fields=["weight"], unique_fields=["name"])

[sqlite]
INSERT INTO "shop_tag" ("name", "weight")
VALUES (?, ?)
ON CONFLICT ("name") DO UPDATE SET "weight" = EXCLUDED."weight"
RETURNING "id"
params: ["sale", 5]

[postgresql]
INSERT INTO "shop_tag" ("name", "weight")
VALUES ($1, $2)
ON CONFLICT ("name") DO UPDATE SET "weight" = EXCLUDED."weight"
RETURNING "id"
params: ["sale", 5]

[mysql]
INSERT INTO `shop_tag` (`name`, `weight`)
VALUES (?, ?)
ON DUPLICATE KEY UPDATE `weight` = VALUES(`weight`)
params: ["sale", 5]
note: mysql cannot return the generated keys of a multi-row insert

[oracle]
MERGE INTO "SHOP_TAG"
USING (
  SELECT :1 "NAME", :2 "WEIGHT"
  FROM DUAL
) "S" ON ("SHOP_TAG"."NAME" = "S"."NAME")
WHEN MATCHED THEN UPDATE SET "SHOP_TAG"."WEIGHT" = "S"."WEIGHT"
WHEN NOT MATCHED THEN INSERT ("NAME", "WEIGHT")
VALUES ("S"."NAME", "S"."WEIGHT")
params: ["sale", 5]
note: oracle cannot return the generated keys of a multi-row insert
