query: Pin.objects.filter(labels__word="red").filter(labels__word="blue").values_list("id", flat=True)

[sqlite]
SELECT "pinboard_pin"."id"
FROM "pinboard_pin"
INNER JOIN "pinboard_label" ON (
  "pinboard_pin"."id" = "pinboard_label"."object_id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = ? AND "U0"."model" = ?)
  ))
)
INNER JOIN "pinboard_label" "T3" ON (
  "pinboard_pin"."id" = "T3"."object_id"
  AND ("T3"."content_type_id" = (
    SELECT "V0"."id"
    FROM "django_content_type" "V0"
    WHERE ("V0"."app_label" = ? AND "V0"."model" = ?)
  ))
)
WHERE ("pinboard_label"."word" = ? AND "T3"."word" = ?)
params: ["pinboard", "pin", "pinboard", "pin", "red", "blue"]

[postgresql]
SELECT "pinboard_pin"."id"
FROM "pinboard_pin"
INNER JOIN "pinboard_label" ON (
  "pinboard_pin"."id" = "pinboard_label"."object_id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = $1 AND "U0"."model" = $2)
  ))
)
INNER JOIN "pinboard_label" "T3" ON (
  "pinboard_pin"."id" = "T3"."object_id"
  AND ("T3"."content_type_id" = (
    SELECT "V0"."id"
    FROM "django_content_type" "V0"
    WHERE ("V0"."app_label" = $3 AND "V0"."model" = $4)
  ))
)
WHERE ("pinboard_label"."word" = $5 AND "T3"."word" = $6)
params: ["pinboard", "pin", "pinboard", "pin", "red", "blue"]

[mysql]
SELECT `pinboard_pin`.`id`
FROM `pinboard_pin`
INNER JOIN `pinboard_label` ON (
  `pinboard_pin`.`id` = `pinboard_label`.`object_id`
  AND (`pinboard_label`.`content_type_id` = (
    SELECT `U0`.`id`
    FROM `django_content_type` `U0`
    WHERE (`U0`.`app_label` = BINARY ? AND `U0`.`model` = BINARY ?)
  ))
)
INNER JOIN `pinboard_label` `T3` ON (
  `pinboard_pin`.`id` = `T3`.`object_id`
  AND (`T3`.`content_type_id` = (
    SELECT `V0`.`id`
    FROM `django_content_type` `V0`
    WHERE (`V0`.`app_label` = BINARY ? AND `V0`.`model` = BINARY ?)
  ))
)
WHERE (`pinboard_label`.`word` = BINARY ? AND `T3`.`word` = BINARY ?)
params: ["pinboard", "pin", "pinboard", "pin", "red", "blue"]

[oracle]
SELECT "PINBOARD_PIN"."ID"
FROM "PINBOARD_PIN"
INNER JOIN "PINBOARD_LABEL" ON (
  "PINBOARD_PIN"."ID" = "PINBOARD_LABEL"."OBJECT_ID"
  AND ("PINBOARD_LABEL"."CONTENT_TYPE_ID" = (
    SELECT "U0"."ID"
    FROM "DJANGO_CONTENT_TYPE" "U0"
    WHERE ("U0"."APP_LABEL" = :1 AND "U0"."MODEL" = :2)
  ))
)
INNER JOIN "PINBOARD_LABEL" "T3" ON (
  "PINBOARD_PIN"."ID" = "T3"."OBJECT_ID"
  AND ("T3"."CONTENT_TYPE_ID" = (
    SELECT "V0"."ID"
    FROM "DJANGO_CONTENT_TYPE" "V0"
    WHERE ("V0"."APP_LABEL" = :3 AND "V0"."MODEL" = :4)
  ))
)
WHERE ("PINBOARD_LABEL"."WORD" = :5 AND "T3"."WORD" = :6)
params: ["pinboard", "pin", "pinboard", "pin", "red", "blue"]
