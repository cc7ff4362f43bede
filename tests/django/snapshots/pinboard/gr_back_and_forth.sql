query: Label.objects.filter(pin__labels__word="blue").order_by("id").values_list("id", flat=True)

[sqlite]
SELECT "pinboard_label"."id"
FROM "pinboard_label"
INNER JOIN "pinboard_pin" ON (
  "pinboard_label"."object_id" = "pinboard_pin"."id"
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
WHERE "T3"."word" = ?
ORDER BY "pinboard_label"."id" ASC
params: ["pinboard", "pin", "pinboard", "pin", "blue"]

[postgresql]
SELECT "pinboard_label"."id"
FROM "pinboard_label"
INNER JOIN "pinboard_pin" ON (
  "pinboard_label"."object_id" = "pinboard_pin"."id"
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
WHERE "T3"."word" = $5
ORDER BY "pinboard_label"."id" ASC
params: ["pinboard", "pin", "pinboard", "pin", "blue"]

[mysql]
SELECT `pinboard_label`.`id`
FROM `pinboard_label`
INNER JOIN `pinboard_pin` ON (
  `pinboard_label`.`object_id` = `pinboard_pin`.`id`
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
WHERE `T3`.`word` = BINARY ?
ORDER BY `pinboard_label`.`id` ASC
params: ["pinboard", "pin", "pinboard", "pin", "blue"]

[oracle]
SELECT "PINBOARD_LABEL"."ID"
FROM "PINBOARD_LABEL"
INNER JOIN "PINBOARD_PIN" ON (
  "PINBOARD_LABEL"."OBJECT_ID" = "PINBOARD_PIN"."ID"
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
WHERE "T3"."WORD" = :5
ORDER BY "PINBOARD_LABEL"."ID" ASC
params: ["pinboard", "pin", "pinboard", "pin", "blue"]
