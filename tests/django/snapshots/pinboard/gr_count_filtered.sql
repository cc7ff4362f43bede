query: Board.objects.annotate(n=Count("labels", filter=Q(labels__weight__gt=1))).order_by("id").values_list("id", "n")

[sqlite]
SELECT "pinboard_board"."id", COUNT("pinboard_label"."id") FILTER (WHERE "pinboard_label"."weight" > ?) AS "n"
FROM "pinboard_board"
LEFT OUTER JOIN "pinboard_label" ON (
  "pinboard_board"."id" = "pinboard_label"."object_id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = ? AND "U0"."model" = ?)
  ))
)
GROUP BY "pinboard_board"."id", "pinboard_board"."name"
ORDER BY "pinboard_board"."id" ASC
params: [1, "pinboard", "board"]

[postgresql]
SELECT "pinboard_board"."id", COUNT("pinboard_label"."id") FILTER (WHERE "pinboard_label"."weight" > $1) AS "n"
FROM "pinboard_board"
LEFT OUTER JOIN "pinboard_label" ON (
  "pinboard_board"."id" = "pinboard_label"."object_id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = $2 AND "U0"."model" = $3)
  ))
)
GROUP BY "pinboard_board"."id", "pinboard_board"."name"
ORDER BY "pinboard_board"."id" ASC
params: [1, "pinboard", "board"]

[mysql]
SELECT `pinboard_board`.`id`, COUNT(CASE WHEN `pinboard_label`.`weight` > ? THEN `pinboard_label`.`id` ELSE NULL END) AS `n`
FROM `pinboard_board`
LEFT OUTER JOIN `pinboard_label` ON (
  `pinboard_board`.`id` = `pinboard_label`.`object_id`
  AND (`pinboard_label`.`content_type_id` = (
    SELECT `U0`.`id`
    FROM `django_content_type` `U0`
    WHERE (`U0`.`app_label` = BINARY ? AND `U0`.`model` = BINARY ?)
  ))
)
GROUP BY `pinboard_board`.`id`
ORDER BY `pinboard_board`.`id` ASC
params: [1, "pinboard", "board"]

[oracle]
SELECT "PINBOARD_BOARD"."ID", COUNT(CASE WHEN "PINBOARD_LABEL"."WEIGHT" > :1 THEN "PINBOARD_LABEL"."ID" ELSE NULL END) AS "N"
FROM "PINBOARD_BOARD"
LEFT OUTER JOIN "PINBOARD_LABEL" ON (
  "PINBOARD_BOARD"."ID" = "PINBOARD_LABEL"."OBJECT_ID"
  AND ("PINBOARD_LABEL"."CONTENT_TYPE_ID" = (
    SELECT "U0"."ID"
    FROM "DJANGO_CONTENT_TYPE" "U0"
    WHERE ("U0"."APP_LABEL" = :2 AND "U0"."MODEL" = :3)
  ))
)
GROUP BY "PINBOARD_BOARD"."ID", "PINBOARD_BOARD"."NAME"
ORDER BY "PINBOARD_BOARD"."ID" ASC
params: [1, "pinboard", "board"]
