query: Pin.objects.filter(labels__word__iexact="red").order_by("id").values_list("id", flat=True)

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
WHERE "pinboard_label"."word" LIKE ? ESCAPE '\'
ORDER BY "pinboard_pin"."id" ASC
params: ["pinboard", "pin", "red"]

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
WHERE UPPER("pinboard_label"."word") = UPPER($3)
ORDER BY "pinboard_pin"."id" ASC
params: ["pinboard", "pin", "red"]

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
WHERE `pinboard_label`.`word` LIKE ?
ORDER BY `pinboard_pin`.`id` ASC
params: ["pinboard", "pin", "red"]

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
WHERE UPPER("PINBOARD_LABEL"."WORD") = UPPER(:3)
ORDER BY "PINBOARD_PIN"."ID" ASC
params: ["pinboard", "pin", "red"]
