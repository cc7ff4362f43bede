query: Board.objects.filter(remarks__text__contains="a").distinct().order_by("id").values_list("id", flat=True)

[sqlite]
SELECT DISTINCT "pinboard_board"."id"
FROM "pinboard_board"
INNER JOIN "pinboard_remark" ON (
  "pinboard_board"."id" = "pinboard_remark"."ref_id"
  AND ("pinboard_remark"."kind_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = ? AND "U0"."model" = ?)
  ))
)
WHERE "pinboard_remark"."text" GLOB ?
ORDER BY "pinboard_board"."id" ASC
params: ["pinboard", "board", "*a*"]

[postgresql]
SELECT DISTINCT "pinboard_board"."id"
FROM "pinboard_board"
INNER JOIN "pinboard_remark" ON (
  "pinboard_board"."id" = "pinboard_remark"."ref_id"
  AND ("pinboard_remark"."kind_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = $1 AND "U0"."model" = $2)
  ))
)
WHERE "pinboard_remark"."text" LIKE $3
ORDER BY "pinboard_board"."id" ASC
params: ["pinboard", "board", "%a%"]

[mysql]
SELECT DISTINCT `pinboard_board`.`id`
FROM `pinboard_board`
INNER JOIN `pinboard_remark` ON (
  `pinboard_board`.`id` = `pinboard_remark`.`ref_id`
  AND (`pinboard_remark`.`kind_id` = (
    SELECT `U0`.`id`
    FROM `django_content_type` `U0`
    WHERE (`U0`.`app_label` = BINARY ? AND `U0`.`model` = BINARY ?)
  ))
)
WHERE `pinboard_remark`.`text` LIKE BINARY ?
ORDER BY `pinboard_board`.`id` ASC
params: ["pinboard", "board", "%a%"]

[oracle]
SELECT DISTINCT "PINBOARD_BOARD"."ID"
FROM "PINBOARD_BOARD"
INNER JOIN "PINBOARD_REMARK" ON (
  "PINBOARD_BOARD"."ID" = "PINBOARD_REMARK"."REF_ID"
  AND ("PINBOARD_REMARK"."KIND_ID" = (
    SELECT "U0"."ID"
    FROM "DJANGO_CONTENT_TYPE" "U0"
    WHERE ("U0"."APP_LABEL" = :1 AND "U0"."MODEL" = :2)
  ))
)
WHERE "PINBOARD_REMARK"."TEXT" LIKE :3 ESCAPE '\'
ORDER BY "PINBOARD_BOARD"."ID" ASC
params: ["pinboard", "board", "%a%"]
