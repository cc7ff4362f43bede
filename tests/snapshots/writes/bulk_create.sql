query: Tag.objects.bulk_create([Tag(name="a"), Tag(name="b", weight=3), Tag(name="c", weight=-2)])

[sqlite]
INSERT INTO "shop_tag" ("name", "weight")
VALUES (?, ?), (?, ?), (?, ?)
RETURNING "id"
params: ["a", 1, "b", 3, "c", -2]

[postgresql]
INSERT INTO "shop_tag" ("name", "weight")
VALUES ($1, $2), ($3, $4), ($5, $6)
RETURNING "id"
params: ["a", 1, "b", 3, "c", -2]

[mysql]
INSERT INTO `shop_tag` (`name`, `weight`)
VALUES (?, ?), (?, ?), (?, ?)
params: ["a", 1, "b", 3, "c", -2]
note: mysql cannot return the generated keys of a multi-row insert

[oracle]
INSERT INTO "SHOP_TAG" ("NAME", "WEIGHT")
SELECT :1, :2
FROM DUAL
UNION ALL
SELECT :3, :4
FROM DUAL
UNION ALL
SELECT :5, :6
FROM DUAL
params: ["a", 1, "b", 3, "c", -2]
note: oracle cannot return the generated keys of a multi-row insert
