query: Tag.objects.bulk_create([Tag(name="sale"), Tag(name="new")], ignore_conflicts=True, unique_fields=["name"])

[sqlite]
INSERT INTO "shop_tag" ("name", "weight")
VALUES (?, ?), (?, ?)
ON CONFLICT ("name") DO NOTHING
params: ["sale", 1, "new", 1]

[postgresql]
INSERT INTO "shop_tag" ("name", "weight")
VALUES ($1, $2), ($3, $4)
ON CONFLICT ("name") DO NOTHING
params: ["sale", 1, "new", 1]

[mysql]
INSERT IGNORE INTO `shop_tag` (`name`, `weight`)
VALUES (?, ?), (?, ?)
params: ["sale", 1, "new", 1]

[oracle]
MERGE INTO "SHOP_TAG"
USING (
  SELECT :1 "NAME", :2 "WEIGHT"
  FROM DUAL
  UNION ALL
  SELECT :3 "NAME", :4 "WEIGHT"
  FROM DUAL
) "S" ON ("SHOP_TAG"."NAME" = "S"."NAME")
WHEN NOT MATCHED THEN INSERT ("NAME", "WEIGHT")
VALUES ("S"."NAME", "S"."WEIGHT")
params: ["sale", 1, "new", 1]
