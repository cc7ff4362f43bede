query: Board.objects.annotate(n=Count("labels"), r=Count("remarks", distinct=True)).order_by("id").values_list("id", "n", "r")

[sqlite]
SELECT "pinboard_board"."id", COUNT("pinboard_label"."id") AS "n", COUNT(DISTINCT "pinboard_remark"."id") AS "r"
FROM "pinboard_board"
LEFT OUTER JOIN "pinboard_label" ON (
  "pinboard_board"."id" = "pinboard_label"."object_id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = ? AND "U0"."model" = ?)
  ))
)
LEFT OUTER JOIN "pinboard_remark" ON (
  "pinboard_board"."id" = "pinboard_remark"."ref_id"
  AND ("pinboard_remark"."kind_id" = (
    SELECT "V0"."id"
    FROM "django_content_type" "V0"
    WHERE ("V0"."app_label" = ? AND "V0"."model" = ?)
  ))
)
GROUP BY "pinboard_board"."id", "pinboard_board"."name"
ORDER BY "pinboard_board"."id" ASC
params: ["pinboard", "board", "pinboard", "board"]

[postgresql]
SELECT "pinboard_board"."id", COUNT("pinboard_label"."id") AS "n", COUNT(DISTINCT "pinboard_remark"."id") AS "r"
FROM "pinboard_board"
LEFT OUTER JOIN "pinboard_label" ON (
  "pinboard_board"."id" = "pinboard_label"."object_id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = $1 AND "U0"."model" = $2)
  ))
)
LEFT OUTER JOIN "pinboard_remark" ON (
  "pinboard_board"."id" = "pinboard_remark"."ref_id"
  AND ("pinboard_remark"."kind_id" = (
    SELECT "V0"."id"
    FROM "django_content_type" "V0"
    WHERE ("V0"."app_label" = $3 AND "V0"."model" = $4)
  ))
)
GROUP BY "pinboard_board"."id", "pinboard_board"."name"
ORDER BY "pinboard_board"."id" ASC
params: ["pinboard", "board", "pinboard", "board"]

[mysql]
SELECT `pinboard_board`.`id`, COUNT(`pinboard_label`.`id`) AS `n`, COUNT(DISTINCT `pinboard_remark`.`id`) AS `r`
FROM `pinboard_board`
LEFT OUTER JOIN `pinboard_label` ON (
  `pinboard_board`.`id` = `pinboard_label`.`object_id`
  AND (`pinboard_label`.`content_type_id` = (
    SELECT `U0`.`id`
    FROM `django_content_type` `U0`
    WHERE (`U0`.`app_label` = BINARY ? AND `U0`.`model` = BINARY ?)
  ))
)
LEFT OUTER JOIN `pinboard_remark` ON (
  `pinboard_board`.`id` = `pinboard_remark`.`ref_id`
  AND (`pinboard_remark`.`kind_id` = (
    SELECT `V0`.`id`
    FROM `django_content_type` `V0`
    WHERE (`V0`.`app_label` = BINARY ? AND `V0`.`model` = BINARY ?)
  ))
)
GROUP BY `pinboard_board`.`id`
ORDER BY `pinboard_board`.`id` ASC
params: ["pinboard", "board", "pinboard", "board"]

[oracle]
SELECT "PINBOARD_BOARD"."ID", COUNT("PINBOARD_LABEL"."ID") AS "N", COUNT(DISTINCT "PINBOARD_REMARK"."ID") AS "R"
FROM "PINBOARD_BOARD"
LEFT OUTER JOIN "PINBOARD_LABEL" ON (
  "PINBOARD_BOARD"."ID" = "PINBOARD_LABEL"."OBJECT_ID"
  AND ("PINBOARD_LABEL"."CONTENT_TYPE_ID" = (
    SELECT "U0"."ID"
    FROM "DJANGO_CONTENT_TYPE" "U0"
    WHERE ("U0"."APP_LABEL" = :1 AND "U0"."MODEL" = :2)
  ))
)
LEFT OUTER JOIN "PINBOARD_REMARK" ON (
  "PINBOARD_BOARD"."ID" = "PINBOARD_REMARK"."REF_ID"
  AND ("PINBOARD_REMARK"."KIND_ID" = (
    SELECT "V0"."ID"
    FROM "DJANGO_CONTENT_TYPE" "V0"
    WHERE ("V0"."APP_LABEL" = :3 AND "V0"."MODEL" = :4)
  ))
)
GROUP BY "PINBOARD_BOARD"."ID", "PINBOARD_BOARD"."NAME"
ORDER BY "PINBOARD_BOARD"."ID" ASC
params: ["pinboard", "board", "pinboard", "board"]
