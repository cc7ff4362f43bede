query: Tag.objects.create(name="fresh", weight=2)

[sqlite]
INSERT INTO "shop_tag" ("name", "weight")
VALUES (?, ?)
RETURNING "id"
params: ["fresh", 2]

[postgresql]
INSERT INTO "shop_tag" ("name", "weight")
VALUES ($1, $2)
RETURNING "id"
params: ["fresh", 2]

[mysql]
INSERT INTO `shop_tag` (`name`, `weight`)
VALUES (?, ?)
params: ["fresh", 2]
note: mysql cannot return the generated keys of a multi-row insert

[oracle]
INSERT INTO "SHOP_TAG" ("NAME", "WEIGHT")
VALUES (:1, :2)
params: ["fresh", 2]
note: oracle cannot return the generated keys of a multi-row insert
