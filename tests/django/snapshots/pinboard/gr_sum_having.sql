query: Pin.objects.annotate(w=Sum("labels__weight")).filter(w__gte=2).order_by("id").values_list("id", "w")

[sqlite]
SELECT "pinboard_pin"."id", SUM("pinboard_label"."weight") AS "w"
FROM "pinboard_pin"
LEFT OUTER JOIN "pinboard_label" ON (
  "pinboard_pin"."id" = "pinboard_label"."object_id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = ? AND "U0"."model" = ?)
  ))
)
GROUP BY "pinboard_pin"."id", "pinboard_pin"."title", "pinboard_pin"."board_id"
HAVING SUM("pinboard_label"."weight") >= ?
ORDER BY "pinboard_pin"."id" ASC
params: ["pinboard", "pin", 2]

[postgresql]
SELECT "pinboard_pin"."id", SUM("pinboard_label"."weight") AS "w"
FROM "pinboard_pin"
LEFT OUTER JOIN "pinboard_label" ON (
  "pinboard_pin"."id" = "pinboard_label"."object_id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = $1 AND "U0"."model" = $2)
  ))
)
GROUP BY "pinboard_pin"."id", "pinboard_pin"."title", "pinboard_pin"."board_id"
HAVING SUM("pinboard_label"."weight") >= $3
ORDER BY "pinboard_pin"."id" ASC
params: ["pinboard", "pin", 2]

[mysql]
SELECT `pinboard_pin`.`id`, SUM(`pinboard_label`.`weight`) AS `w`
FROM `pinboard_pin`
LEFT OUTER JOIN `pinboard_label` ON (
  `pinboard_pin`.`id` = `pinboard_label`.`object_id`
  AND (`pinboard_label`.`content_type_id` = (
    SELECT `U0`.`id`
    FROM `django_content_type` `U0`
    WHERE (`U0`.`app_label` = BINARY ? AND `U0`.`model` = BINARY ?)
  ))
)
GROUP BY `pinboard_pin`.`id`
HAVING SUM(`pinboard_label`.`weight`) >= ?
ORDER BY `pinboard_pin`.`id` ASC
params: ["pinboard", "pin", 2]

[oracle]
SELECT "PINBOARD_PIN"."ID", SUM("PINBOARD_LABEL"."WEIGHT") AS "W"
FROM "PINBOARD_PIN"
LEFT OUTER JOIN "PINBOARD_LABEL" ON (
  "PINBOARD_PIN"."ID" = "PINBOARD_LABEL"."OBJECT_ID"
  AND ("PINBOARD_LABEL"."CONTENT_TYPE_ID" = (
    SELECT "U0"."ID"
    FROM "DJANGO_CONTENT_TYPE" "U0"
    WHERE ("U0"."APP_LABEL" = :1 AND "U0"."MODEL" = :2)
  ))
)
GROUP BY "PINBOARD_PIN"."ID", "PINBOARD_PIN"."TITLE", "PINBOARD_PIN"."BOARD_ID"
HAVING SUM("PINBOARD_LABEL"."WEIGHT") >= :3
ORDER BY "PINBOARD_PIN"."ID" ASC
params: ["pinboard", "pin", 2]
