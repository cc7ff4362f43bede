query: Tag.objects.update_or_create(name="sale")

[sqlite]
SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
FROM "shop_tag"
WHERE "shop_tag"."name" = ?
LIMIT 21
params: ["sale"]
note: get(): its one row is the object; more than one is MultipleObjectsReturned; none runs the insert

INSERT INTO "shop_tag" ("name", "weight")
VALUES (?, ?)
RETURNING "id"
params: ["sale", 1]
run: if_none_found
note: create(), when the lookup found no row, in a savepoint: an integrity error rolls back to it and runs the lookup again

SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
FROM "shop_tag"
WHERE "shop_tag"."name" = ?
LIMIT 21
params: ["sale"]
run: if_insert_failed
note: get() again after the insert's integrity error: its row is the object; none re-raises the error

[postgresql]
SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
FROM "shop_tag"
WHERE "shop_tag"."name" = $1
LIMIT 21
FOR UPDATE
params: ["sale"]
note: get(): its one row is the object; more than one is MultipleObjectsReturned; none runs the insert

INSERT INTO "shop_tag" ("name", "weight")
VALUES ($1, $2)
RETURNING "id"
params: ["sale", 1]
run: if_none_found
note: create(), when the lookup found no row, in a savepoint: an integrity error rolls back to it and runs the lookup again

SELECT "shop_tag"."id", "shop_tag"."name", "shop_tag"."weight"
FROM "shop_tag"
WHERE "shop_tag"."name" = $1
LIMIT 21
FOR UPDATE
params: ["sale"]
run: if_insert_failed
note: get() again after the insert's integrity error: its row is the object; none re-raises the error

[mysql]
SELECT `shop_tag`.`id`, `shop_tag`.`name`, `shop_tag`.`weight`
FROM `shop_tag`
WHERE `shop_tag`.`name` = BINARY ?
LIMIT 21
FOR UPDATE
params: ["sale"]
note: get(): its one row is the object; more than one is MultipleObjectsReturned; none runs the insert

INSERT INTO `shop_tag` (`name`, `weight`)
VALUES (?, ?)
params: ["sale", 1]
run: if_none_found
note: create(), when the lookup found no row, in a savepoint: an integrity error rolls back to it and runs the lookup again; mysql cannot return the generated keys of a multi-row insert

SELECT `shop_tag`.`id`, `shop_tag`.`name`, `shop_tag`.`weight`
FROM `shop_tag`
WHERE `shop_tag`.`name` = BINARY ?
LIMIT 21
FOR UPDATE
params: ["sale"]
run: if_insert_failed
note: get() again after the insert's integrity error: its row is the object; none re-raises the error

[oracle]
SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT"
FROM "SHOP_TAG"
WHERE "SHOP_TAG"."NAME" = :1
FOR UPDATE
params: ["sale"]
note: get(): its one row is the object; more than one is MultipleObjectsReturned; none runs the insert

INSERT INTO "SHOP_TAG" ("NAME", "WEIGHT")
VALUES (:1, :2)
params: ["sale", 1]
run: if_none_found
note: create(), when the lookup found no row, in a savepoint: an integrity error rolls back to it and runs the lookup again; oracle cannot return the generated keys of a multi-row insert

SELECT "SHOP_TAG"."ID", "SHOP_TAG"."NAME", "SHOP_TAG"."WEIGHT"
FROM "SHOP_TAG"
WHERE "SHOP_TAG"."NAME" = :1
FOR UPDATE
params: ["sale"]
run: if_insert_failed
note: get() again after the insert's integrity error: its row is the object; none re-raises the error
