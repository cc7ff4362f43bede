query: Pin.objects.exclude(labels__word="red").order_by("id").values_list("id", flat=True)

[sqlite]
SELECT "pinboard_pin"."id"
FROM "pinboard_pin"
WHERE NOT (EXISTS(
  SELECT 1 AS "a"
  FROM "pinboard_pin" "U0"
  INNER JOIN "pinboard_label" "U1" ON (
    "U0"."id" = "U1"."object_id"
    AND ("U1"."content_type_id" = (
      SELECT "V0"."id"
      FROM "django_content_type" "V0"
      WHERE ("V0"."app_label" = ? AND "V0"."model" = ?)
    ))
  )
  WHERE ("U0"."id" = "pinboard_pin"."id" AND "U1"."word" = ?)
))
ORDER BY "pinboard_pin"."id" ASC
params: ["pinboard", "pin", "red"]

[postgresql]
SELECT "pinboard_pin"."id"
FROM "pinboard_pin"
WHERE NOT (EXISTS(
  SELECT 1 AS "a"
  FROM "pinboard_pin" "U0"
  INNER JOIN "pinboard_label" "U1" ON (
    "U0"."id" = "U1"."object_id"
    AND ("U1"."content_type_id" = (
      SELECT "V0"."id"
      FROM "django_content_type" "V0"
      WHERE ("V0"."app_label" = $1 AND "V0"."model" = $2)
    ))
  )
  WHERE ("U0"."id" = "pinboard_pin"."id" AND "U1"."word" = $3)
))
ORDER BY "pinboard_pin"."id" ASC
params: ["pinboard", "pin", "red"]

[mysql]
SELECT `pinboard_pin`.`id`
FROM `pinboard_pin`
WHERE NOT (EXISTS(
  SELECT 1 AS `a`
  FROM `pinboard_pin` `U0`
  INNER JOIN `pinboard_label` `U1` ON (
    `U0`.`id` = `U1`.`object_id`
    AND (`U1`.`content_type_id` = (
      SELECT `V0`.`id`
      FROM `django_content_type` `V0`
      WHERE (`V0`.`app_label` = BINARY ? AND `V0`.`model` = BINARY ?)
    ))
  )
  WHERE (`U0`.`id` = `pinboard_pin`.`id` AND `U1`.`word` = BINARY ?)
))
ORDER BY `pinboard_pin`.`id` ASC
params: ["pinboard", "pin", "red"]

[oracle]
SELECT "PINBOARD_PIN"."ID"
FROM "PINBOARD_PIN"
WHERE NOT (EXISTS(
  SELECT 1 AS "A"
  FROM "PINBOARD_PIN" "U0"
  INNER JOIN "PINBOARD_LABEL" "U1" ON (
    "U0"."ID" = "U1"."OBJECT_ID"
    AND ("U1"."CONTENT_TYPE_ID" = (
      SELECT "V0"."ID"
      FROM "DJANGO_CONTENT_TYPE" "V0"
      WHERE ("V0"."APP_LABEL" = :1 AND "V0"."MODEL" = :2)
    ))
  )
  WHERE ("U0"."ID" = "PINBOARD_PIN"."ID" AND "U1"."WORD" = :3)
))
ORDER BY "PINBOARD_PIN"."ID" ASC
params: ["pinboard", "pin", "red"]
