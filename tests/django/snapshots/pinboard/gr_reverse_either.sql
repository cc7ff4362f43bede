query: Label.objects.filter(Q(pin__title="Roses") | Q(board__name="garden")).order_by("id").values_list("id", flat=True)

[sqlite]
SELECT "pinboard_label"."id"
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
WHERE ("pinboard_pin"."title" = ? OR "pinboard_board"."name" = ?)
ORDER BY "pinboard_label"."id" ASC
params: ["pinboard", "pin", "pinboard", "board", "Roses", "garden"]

[postgresql]
SELECT "pinboard_label"."id"
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
WHERE ("pinboard_pin"."title" = $5 OR "pinboard_board"."name" = $6)
ORDER BY "pinboard_label"."id" ASC
params: ["pinboard", "pin", "pinboard", "board", "Roses", "garden"]

[mysql]
SELECT `pinboard_label`.`id`
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
WHERE (`pinboard_pin`.`title` = BINARY ? OR `pinboard_board`.`name` = BINARY ?)
ORDER BY `pinboard_label`.`id` ASC
params: ["pinboard", "pin", "pinboard", "board", "Roses", "garden"]

[oracle]
SELECT "PINBOARD_LABEL"."ID"
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
WHERE ("PINBOARD_PIN"."TITLE" = :5 OR "PINBOARD_BOARD"."NAME" = :6)
ORDER BY "PINBOARD_LABEL"."ID" ASC
params: ["pinboard", "pin", "pinboard", "board", "Roses", "garden"]
