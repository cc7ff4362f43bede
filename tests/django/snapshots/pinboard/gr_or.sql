query: Pin.objects.filter(Q(labels__word="blue") | Q(title="Lamp")).order_by("id").values_list("id", flat=True)

[sqlite]
SELECT "pinboard_pin"."id"
FROM "pinboard_pin"
LEFT OUTER JOIN "pinboard_label" ON (
  "pinboard_pin"."id" = "pinboard_label"."object_id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = ? AND "U0"."model" = ?)
  ))
)
WHERE ("pinboard_label"."word" = ? OR "pinboard_pin"."title" = ?)
ORDER BY "pinboard_pin"."id" ASC
params: ["pinboard", "pin", "blue", "Lamp"]

[postgresql]
SELECT "pinboard_pin"."id"
FROM "pinboard_pin"
LEFT OUTER JOIN "pinboard_label" ON (
  "pinboard_pin"."id" = "pinboard_label"."object_id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = $1 AND "U0"."model" = $2)
  ))
)
WHERE ("pinboard_label"."word" = $3 OR "pinboard_pin"."title" = $4)
ORDER BY "pinboard_pin"."id" ASC
params: ["pinboard", "pin", "blue", "Lamp"]

[mysql]
SELECT `pinboard_pin`.`id`
FROM `pinboard_pin`
LEFT OUTER JOIN `pinboard_label` ON (
  `pinboard_pin`.`id` = `pinboard_label`.`object_id`
  AND (`pinboard_label`.`content_type_id` = (
    SELECT `U0`.`id`
    FROM `django_content_type` `U0`
    WHERE (`U0`.`app_label` = BINARY ? AND `U0`.`model` = BINARY ?)
  ))
)
WHERE (`pinboard_label`.`word` = BINARY ? OR `pinboard_pin`.`title` = BINARY ?)
ORDER BY `pinboard_pin`.`id` ASC
params: ["pinboard", "pin", "blue", "Lamp"]

[oracle]
SELECT "PINBOARD_PIN"."ID"
FROM "PINBOARD_PIN"
LEFT OUTER JOIN "PINBOARD_LABEL" ON (
  "PINBOARD_PIN"."ID" = "PINBOARD_LABEL"."OBJECT_ID"
  AND ("PINBOARD_LABEL"."CONTENT_TYPE_ID" = (
    SELECT "U0"."ID"
    FROM "DJANGO_CONTENT_TYPE" "U0"
    WHERE ("U0"."APP_LABEL" = :1 AND "U0"."MODEL" = :2)
  ))
)
WHERE ("PINBOARD_LABEL"."WORD" = :3 OR "PINBOARD_PIN"."TITLE" = :4)
ORDER BY "PINBOARD_PIN"."ID" ASC
params: ["pinboard", "pin", "blue", "Lamp"]
