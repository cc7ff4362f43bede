query: Label.objects.filter(board__name="Kitchen").values_list("id", "word")

[sqlite]
SELECT "pinboard_label"."id", "pinboard_label"."word"
FROM "pinboard_label"
INNER JOIN "pinboard_board" ON (
  "pinboard_label"."object_id" = "pinboard_board"."id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = ? AND "U0"."model" = ?)
  ))
)
WHERE "pinboard_board"."name" = ?
params: ["pinboard", "board", "Kitchen"]

[postgresql]
SELECT "pinboard_label"."id", "pinboard_label"."word"
FROM "pinboard_label"
INNER JOIN "pinboard_board" ON (
  "pinboard_label"."object_id" = "pinboard_board"."id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = $1 AND "U0"."model" = $2)
  ))
)
WHERE "pinboard_board"."name" = $3
params: ["pinboard", "board", "Kitchen"]

[mysql]
SELECT `pinboard_label`.`id`, `pinboard_label`.`word`
FROM `pinboard_label`
INNER JOIN `pinboard_board` ON (
  `pinboard_label`.`object_id` = `pinboard_board`.`id`
  AND (`pinboard_label`.`content_type_id` = (
    SELECT `U0`.`id`
    FROM `django_content_type` `U0`
    WHERE (`U0`.`app_label` = BINARY ? AND `U0`.`model` = BINARY ?)
  ))
)
WHERE `pinboard_board`.`name` = BINARY ?
params: ["pinboard", "board", "Kitchen"]

[oracle]
SELECT "PINBOARD_LABEL"."ID", "PINBOARD_LABEL"."WORD"
FROM "PINBOARD_LABEL"
INNER JOIN "PINBOARD_BOARD" ON (
  "PINBOARD_LABEL"."OBJECT_ID" = "PINBOARD_BOARD"."ID"
  AND ("PINBOARD_LABEL"."CONTENT_TYPE_ID" = (
    SELECT "U0"."ID"
    FROM "DJANGO_CONTENT_TYPE" "U0"
    WHERE ("U0"."APP_LABEL" = :1 AND "U0"."MODEL" = :2)
  ))
)
WHERE "PINBOARD_BOARD"."NAME" = :3
params: ["pinboard", "board", "Kitchen"]
