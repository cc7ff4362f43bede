query: Pin.objects.filter(board__labels__word="red").order_by("id").values_list("id", flat=True)

[sqlite]
SELECT "pinboard_pin"."id"
FROM "pinboard_pin"
INNER JOIN "pinboard_board" ON ("pinboard_pin"."board_id" = "pinboard_board"."id")
INNER JOIN "pinboard_label" ON (
  "pinboard_board"."id" = "pinboard_label"."object_id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = ? AND "U0"."model" = ?)
  ))
)
WHERE "pinboard_label"."word" = ?
ORDER BY "pinboard_pin"."id" ASC
params: ["pinboard", "board", "red"]

[postgresql]
SELECT "pinboard_pin"."id"
FROM "pinboard_pin"
INNER JOIN "pinboard_board" ON ("pinboard_pin"."board_id" = "pinboard_board"."id")
INNER JOIN "pinboard_label" ON (
  "pinboard_board"."id" = "pinboard_label"."object_id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = $1 AND "U0"."model" = $2)
  ))
)
WHERE "pinboard_label"."word" = $3
ORDER BY "pinboard_pin"."id" ASC
params: ["pinboard", "board", "red"]

[mysql]
SELECT `pinboard_pin`.`id`
FROM `pinboard_pin`
INNER JOIN `pinboard_board` ON (`pinboard_pin`.`board_id` = `pinboard_board`.`id`)
INNER JOIN `pinboard_label` ON (
  `pinboard_board`.`id` = `pinboard_label`.`object_id`
  AND (`pinboard_label`.`content_type_id` = (
    SELECT `U0`.`id`
    FROM `django_content_type` `U0`
    WHERE (`U0`.`app_label` = BINARY ? AND `U0`.`model` = BINARY ?)
  ))
)
WHERE `pinboard_label`.`word` = BINARY ?
ORDER BY `pinboard_pin`.`id` ASC
params: ["pinboard", "board", "red"]

[oracle]
SELECT "PINBOARD_PIN"."ID"
FROM "PINBOARD_PIN"
INNER JOIN "PINBOARD_BOARD" ON ("PINBOARD_PIN"."BOARD_ID" = "PINBOARD_BOARD"."ID")
INNER JOIN "PINBOARD_LABEL" ON (
  "PINBOARD_BOARD"."ID" = "PINBOARD_LABEL"."OBJECT_ID"
  AND ("PINBOARD_LABEL"."CONTENT_TYPE_ID" = (
    SELECT "U0"."ID"
    FROM "DJANGO_CONTENT_TYPE" "U0"
    WHERE ("U0"."APP_LABEL" = :1 AND "U0"."MODEL" = :2)
  ))
)
WHERE "PINBOARD_LABEL"."WORD" = :3
ORDER BY "PINBOARD_PIN"."ID" ASC
params: ["pinboard", "board", "red"]
