query: Board.objects.aggregate(n=Count("labels"), top=Max("labels__weight"))

[sqlite]
SELECT COUNT("pinboard_label"."id") AS "n", MAX("pinboard_label"."weight") AS "top"
FROM "pinboard_board"
LEFT OUTER JOIN "pinboard_label" ON (
  "pinboard_board"."id" = "pinboard_label"."object_id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = ? AND "U0"."model" = ?)
  ))
)
params: ["pinboard", "board"]

[postgresql]
SELECT COUNT("pinboard_label"."id") AS "n", MAX("pinboard_label"."weight") AS "top"
FROM "pinboard_board"
LEFT OUTER JOIN "pinboard_label" ON (
  "pinboard_board"."id" = "pinboard_label"."object_id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = $1 AND "U0"."model" = $2)
  ))
)
params: ["pinboard", "board"]

[mysql]
SELECT COUNT(`pinboard_label`.`id`) AS `n`, MAX(`pinboard_label`.`weight`) AS `top`
FROM `pinboard_board`
LEFT OUTER JOIN `pinboard_label` ON (
  `pinboard_board`.`id` = `pinboard_label`.`object_id`
  AND (`pinboard_label`.`content_type_id` = (
    SELECT `U0`.`id`
    FROM `django_content_type` `U0`
    WHERE (`U0`.`app_label` = BINARY ? AND `U0`.`model` = BINARY ?)
  ))
)
params: ["pinboard", "board"]

[oracle]
SELECT COUNT("PINBOARD_LABEL"."ID") AS "N", MAX("PINBOARD_LABEL"."WEIGHT") AS "TOP"
FROM "PINBOARD_BOARD"
LEFT OUTER JOIN "PINBOARD_LABEL" ON (
  "PINBOARD_BOARD"."ID" = "PINBOARD_LABEL"."OBJECT_ID"
  AND ("PINBOARD_LABEL"."CONTENT_TYPE_ID" = (
    SELECT "U0"."ID"
    FROM "DJANGO_CONTENT_TYPE" "U0"
    WHERE ("U0"."APP_LABEL" = :1 AND "U0"."MODEL" = :2)
  ))
)
params: ["pinboard", "board"]
