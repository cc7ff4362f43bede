query: Tag.objects.bulk_create([Tag(id=100, name="x"), Tag(name="y")])

[sqlite]
INSERT INTO "shop_tag" ("id", "name", "weight")
VALUES (?, ?, ?)
params: [100, "x", 1]

INSERT INTO "shop_tag" ("name", "weight")
VALUES (?, ?)
RETURNING "id"
params: ["y", 1]

[postgresql]
INSERT INTO "shop_tag" ("id", "name", "weight")
VALUES ($1, $2, $3)
params: [100, "x", 1]

INSERT INTO "shop_tag" ("name", "weight")
VALUES ($1, $2)
RETURNING "id"
params: ["y", 1]

[mysql]
INSERT INTO `shop_tag` (`id`, `name`, `weight`)
VALUES (?, ?, ?)
params: [100, "x", 1]

INSERT INTO `shop_tag` (`name`, `weight`)
VALUES (?, ?)
params: ["y", 1]
note: mysql cannot return the generated keys of a multi-row insert

[oracle]
INSERT INTO "SHOP_TAG" ("ID", "NAME", "WEIGHT")
VALUES (:1, :2, :3)
params: [100, "x", 1]

INSERT INTO "SHOP_TAG" ("NAME", "WEIGHT")
VALUES (:1, :2)
params: ["y", 1]
note: oracle cannot return the generated keys of a multi-row insert
