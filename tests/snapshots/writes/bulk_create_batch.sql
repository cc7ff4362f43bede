query: Tag.objects.bulk_create([Tag(name="a"), Tag(name="b"), Tag(name="c")], batch_size=2)

[sqlite]
INSERT INTO "shop_tag" ("name", "weight")
VALUES (?, ?), (?, ?)
RETURNING "id"
params: ["a", 1, "b", 1]

INSERT INTO "shop_tag" ("name", "weight")
VALUES (?, ?)
RETURNING "id"
params: ["c", 1]

[postgresql]
INSERT INTO "shop_tag" ("name", "weight")
VALUES ($1, $2), ($3, $4)
RETURNING "id"
params: ["a", 1, "b", 1]

INSERT INTO "shop_tag" ("name", "weight")
VALUES ($1, $2)
RETURNING "id"
params: ["c", 1]

[mysql]
INSERT INTO `shop_tag` (`name`, `weight`)
VALUES (?, ?), (?, ?)
params: ["a", 1, "b", 1]
note: mysql cannot return the generated keys of a multi-row insert

INSERT INTO `shop_tag` (`name`, `weight`)
VALUES (?, ?)
params: ["c", 1]
note: mysql cannot return the generated keys of a multi-row insert

[oracle]
INSERT INTO "SHOP_TAG" ("NAME", "WEIGHT")
SELECT :1, :2
FROM DUAL
UNION ALL
SELECT :3, :4
FROM DUAL
params: ["a", 1, "b", 1]
note: oracle cannot return the generated keys of a multi-row insert

INSERT INTO "SHOP_TAG" ("NAME", "WEIGHT")
VALUES (:1, :2)
params: ["c", 1]
note: oracle cannot return the generated keys of a multi-row insert
