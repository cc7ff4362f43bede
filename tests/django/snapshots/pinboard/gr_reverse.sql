query: Label.objects.filter(pin__title__startswith="P").order_by("id").values_list("id", flat=True)

[sqlite]
SELECT "pinboard_label"."id"
FROM "pinboard_label"
INNER JOIN "pinboard_pin" ON (
  "pinboard_label"."object_id" = "pinboard_pin"."id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = ? AND "U0"."model" = ?)
  ))
)
WHERE "pinboard_pin"."title" GLOB ?
ORDER BY "pinboard_label"."id" ASC
params: ["pinboard", "pin", "P*"]

[postgresql]
SELECT "pinboard_label"."id"
FROM "pinboard_label"
INNER JOIN "pinboard_pin" ON (
  "pinboard_label"."object_id" = "pinboard_pin"."id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = $1 AND "U0"."model" = $2)
  ))
)
WHERE "pinboard_pin"."title" LIKE $3
ORDER BY "pinboard_label"."id" ASC
params: ["pinboard", "pin", "P%"]

[mysql]
SELECT `pinboard_label`.`id`
FROM `pinboard_label`
INNER JOIN `pinboard_pin` ON (
  `pinboard_label`.`object_id` = `pinboard_pin`.`id`
  AND (`pinboard_label`.`content_type_id` = (
    SELECT `U0`.`id`
    FROM `django_content_type` `U0`
    WHERE (`U0`.`app_label` = BINARY ? AND `U0`.`model` = BINARY ?)
  ))
)
WHERE `pinboard_pin`.`title` LIKE BINARY ?
ORDER BY `pinboard_label`.`id` ASC
params: ["pinboard", "pin", "P%"]

[oracle]
SELECT "PINBOARD_LABEL"."ID"
FROM "PINBOARD_LABEL"
INNER JOIN "PINBOARD_PIN" ON (
  "PINBOARD_LABEL"."OBJECT_ID" = "PINBOARD_PIN"."ID"
  AND ("PINBOARD_LABEL"."CONTENT_TYPE_ID" = (
    SELECT "U0"."ID"
    FROM "DJANGO_CONTENT_TYPE" "U0"
    WHERE ("U0"."APP_LABEL" = :1 AND "U0"."MODEL" = :2)
  ))
)
WHERE "PINBOARD_PIN"."TITLE" LIKE :3 ESCAPE '\'
ORDER BY "PINBOARD_LABEL"."ID" ASC
params: ["pinboard", "pin", "P%"]
