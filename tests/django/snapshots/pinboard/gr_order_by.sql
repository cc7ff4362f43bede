query: Pin.objects.filter(labels__weight__isnull=False).order_by("-labels__weight", "id").values_list("id", "labels__weight")

[sqlite]
SELECT "pinboard_pin"."id", "pinboard_label"."weight"
FROM "pinboard_pin"
INNER JOIN "pinboard_label" ON (
  "pinboard_pin"."id" = "pinboard_label"."object_id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = ? AND "U0"."model" = ?)
  ))
)
WHERE "pinboard_label"."weight" IS NOT NULL
ORDER BY "pinboard_label"."weight" DESC, "pinboard_pin"."id" ASC
params: ["pinboard", "pin"]

[postgresql]
SELECT "pinboard_pin"."id", "pinboard_label"."weight"
FROM "pinboard_pin"
INNER JOIN "pinboard_label" ON (
  "pinboard_pin"."id" = "pinboard_label"."object_id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = $1 AND "U0"."model" = $2)
  ))
)
WHERE "pinboard_label"."weight" IS NOT NULL
ORDER BY "pinboard_label"."weight" DESC, "pinboard_pin"."id" ASC
params: ["pinboard", "pin"]

[mysql]
SELECT `pinboard_pin`.`id`, `pinboard_label`.`weight`
FROM `pinboard_pin`
INNER JOIN `pinboard_label` ON (
  `pinboard_pin`.`id` = `pinboard_label`.`object_id`
  AND (`pinboard_label`.`content_type_id` = (
    SELECT `U0`.`id`
    FROM `django_content_type` `U0`
    WHERE (`U0`.`app_label` = BINARY ? AND `U0`.`model` = BINARY ?)
  ))
)
WHERE `pinboard_label`.`weight` IS NOT NULL
ORDER BY `pinboard_label`.`weight` DESC, `pinboard_pin`.`id` ASC
params: ["pinboard", "pin"]

[oracle]
SELECT "PINBOARD_PIN"."ID", "PINBOARD_LABEL"."WEIGHT"
FROM "PINBOARD_PIN"
INNER JOIN "PINBOARD_LABEL" ON (
  "PINBOARD_PIN"."ID" = "PINBOARD_LABEL"."OBJECT_ID"
  AND ("PINBOARD_LABEL"."CONTENT_TYPE_ID" = (
    SELECT "U0"."ID"
    FROM "DJANGO_CONTENT_TYPE" "U0"
    WHERE ("U0"."APP_LABEL" = :1 AND "U0"."MODEL" = :2)
  ))
)
WHERE "PINBOARD_LABEL"."WEIGHT" IS NOT NULL
ORDER BY "PINBOARD_LABEL"."WEIGHT" DESC, "PINBOARD_PIN"."ID" ASC
params: ["pinboard", "pin"]
