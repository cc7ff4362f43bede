query: Tag.objects.filter(name="scifi").update(name="science-fiction")

[sqlite]
UPDATE "library_tag"
SET "name" = ?
WHERE "library_tag"."name" = ?
params: ["science-fiction", "scifi"]

[postgresql]
UPDATE "library_tag"
SET "name" = $1
WHERE "library_tag"."name" = $2
params: ["science-fiction", "scifi"]

[mysql]
UPDATE `library_tag`
SET `name` = ?
WHERE `library_tag`.`name` = BINARY ?
params: ["science-fiction", "scifi"]

[oracle]
UPDATE "LIBRARY_TAG"
SET "NAME" = :1
WHERE "LIBRARY_TAG"."NAME" = :2
params: ["science-fiction", "scifi"]
