query: Pin.objects.filter(labels__in=Label.objects.filter(weight__gte=2)).order_by("id").values_list("id", flat=True)

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
WHERE "pinboard_label"."id" IN (
  SELECT "V0"."id"
  FROM "pinboard_label" "V0"
  WHERE "V0"."weight" >= ?
)
ORDER BY "pinboard_pin"."id" ASC
params: ["pinboard", "pin", 2]

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
WHERE "pinboard_label"."id" IN (
  SELECT "V0"."id"
  FROM "pinboard_label" "V0"
  WHERE "V0"."weight" >= $3
)
ORDER BY "pinboard_pin"."id" ASC
params: ["pinboard", "pin", 2]

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
WHERE `pinboard_label`.`id` IN (
  SELECT `V0`.`id`
  FROM `pinboard_label` `V0`
  WHERE `V0`.`weight` >= ?
)
ORDER BY `pinboard_pin`.`id` ASC
params: ["pinboard", "pin", 2]

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
WHERE "PINBOARD_LABEL"."ID" IN (
  SELECT "V0"."ID"
  FROM "PINBOARD_LABEL" "V0"
  WHERE "V0"."WEIGHT" >= :3
)
ORDER BY "PINBOARD_PIN"."ID" ASC
params: ["pinboard", "pin", 2]
