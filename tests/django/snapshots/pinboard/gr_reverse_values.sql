query: Label.objects.filter(word="red").values("id", "pin__title", "board__name").order_by("id")

[sqlite]
SELECT "pinboard_label"."id", "pinboard_pin"."title", "pinboard_board"."name"
FROM "pinboard_label"
LEFT OUTER JOIN "pinboard_pin" ON (
  "pinboard_label"."object_id" = "pinboard_pin"."id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = ? AND "U0"."model" = ?)
  ))
)
LEFT OUTER JOIN "pinboard_board" ON (
  "pinboard_label"."object_id" = "pinboard_board"."id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "V0"."id"
    FROM "django_content_type" "V0"
    WHERE ("V0"."app_label" = ? AND "V0"."model" = ?)
  ))
)
WHERE "pinboard_label"."word" = ?
ORDER BY "pinboard_label"."id" ASC
params: ["pinboard", "pin", "pinboard", "board", "red"]

[postgresql]
SELECT "pinboard_label"."id", "pinboard_pin"."title", "pinboard_board"."name"
FROM "pinboard_label"
LEFT OUTER JOIN "pinboard_pin" ON (
  "pinboard_label"."object_id" = "pinboard_pin"."id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = $1 AND "U0"."model" = $2)
  ))
)
LEFT OUTER JOIN "pinboard_board" ON (
  "pinboard_label"."object_id" = "pinboard_board"."id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "V0"."id"
    FROM "django_content_type" "V0"
    WHERE ("V0"."app_label" = $3 AND "V0"."model" = $4)
  ))
)
WHERE "pinboard_label"."word" = $5
ORDER BY "pinboard_label"."id" ASC
params: ["pinboard", "pin", "pinboard", "board", "red"]

[mysql]
SELECT `pinboard_label`.`id`, `pinboard_pin`.`title`, `pinboard_board`.`name`
FROM `pinboard_label`
LEFT OUTER JOIN `pinboard_pin` ON (
  `pinboard_label`.`object_id` = `pinboard_pin`.`id`
  AND (`pinboard_label`.`content_type_id` = (
    SELECT `U0`.`id`
    FROM `django_content_type` `U0`
    WHERE (`U0`.`app_label` = BINARY ? AND `U0`.`model` = BINARY ?)
  ))
)
LEFT OUTER JOIN `pinboard_board` ON (
  `pinboard_label`.`object_id` = `pinboard_board`.`id`
  AND (`pinboard_label`.`content_type_id` = (
    SELECT `V0`.`id`
    FROM `django_content_type` `V0`
    WHERE (`V0`.`app_label` = BINARY ? AND `V0`.`model` = BINARY ?)
  ))
)
WHERE `pinboard_label`.`word` = BINARY ?
ORDER BY `pinboard_label`.`id` ASC
params: ["pinboard", "pin", "pinboard", "board", "red"]

[oracle]
SELECT "PINBOARD_LABEL"."ID", "PINBOARD_PIN"."TITLE", "PINBOARD_BOARD"."NAME"
FROM "PINBOARD_LABEL"
LEFT OUTER JOIN "PINBOARD_PIN" ON (
  "PINBOARD_LABEL"."OBJECT_ID" = "PINBOARD_PIN"."ID"
  AND ("PINBOARD_LABEL"."CONTENT_TYPE_ID" = (
    SELECT "U0"."ID"
    FROM "DJANGO_CONTENT_TYPE" "U0"
    WHERE ("U0"."APP_LABEL" = :1 AND "U0"."MODEL" = :2)
  ))
)
LEFT OUTER JOIN "PINBOARD_BOARD" ON (
  "PINBOARD_LABEL"."OBJECT_ID" = "PINBOARD_BOARD"."ID"
  AND ("PINBOARD_LABEL"."CONTENT_TYPE_ID" = (
    SELECT "V0"."ID"
    FROM "DJANGO_CONTENT_TYPE" "V0"
    WHERE ("V0"."APP_LABEL" = :3 AND "V0"."MODEL" = :4)
  ))
)
WHERE "PINBOARD_LABEL"."WORD" = :5
ORDER BY "PINBOARD_LABEL"."ID" ASC
params: ["pinboard", "pin", "pinboard", "board", "red"]
