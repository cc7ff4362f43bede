query: Pin.objects.filter(Exists(Label.objects.filter(pin=OuterRef("pk"), word="red"))).order_by("id").values_list("id", flat=True)

[sqlite]
SELECT "pinboard_pin"."id"
FROM "pinboard_pin"
WHERE EXISTS(
  SELECT 1 AS "a"
  FROM "pinboard_label" "U0"
  INNER JOIN "pinboard_pin" "U1" ON (
    "U0"."object_id" = "U1"."id"
    AND ("U0"."content_type_id" = (
      SELECT "V0"."id"
      FROM "django_content_type" "V0"
      WHERE ("V0"."app_label" = ? AND "V0"."model" = ?)
    ))
  )
  WHERE ("U1"."id" = "pinboard_pin"."id" AND "U0"."word" = ?)
)
ORDER BY "pinboard_pin"."id" ASC
params: ["pinboard", "pin", "red"]

[postgresql]
SELECT "pinboard_pin"."id"
FROM "pinboard_pin"
WHERE EXISTS(
  SELECT 1 AS "a"
  FROM "pinboard_label" "U0"
  INNER JOIN "pinboard_pin" "U1" ON (
    "U0"."object_id" = "U1"."id"
    AND ("U0"."content_type_id" = (
      SELECT "V0"."id"
      FROM "django_content_type" "V0"
      WHERE ("V0"."app_label" = $1 AND "V0"."model" = $2)
    ))
  )
  WHERE ("U1"."id" = "pinboard_pin"."id" AND "U0"."word" = $3)
)
ORDER BY "pinboard_pin"."id" ASC
params: ["pinboard", "pin", "red"]

[mysql]
SELECT `pinboard_pin`.`id`
FROM `pinboard_pin`
WHERE EXISTS(
  SELECT 1 AS `a`
  FROM `pinboard_label` `U0`
  INNER JOIN `pinboard_pin` `U1` ON (
    `U0`.`object_id` = `U1`.`id`
    AND (`U0`.`content_type_id` = (
      SELECT `V0`.`id`
      FROM `django_content_type` `V0`
      WHERE (`V0`.`app_label` = BINARY ? AND `V0`.`model` = BINARY ?)
    ))
  )
  WHERE (`U1`.`id` = `pinboard_pin`.`id` AND `U0`.`word` = BINARY ?)
)
ORDER BY `pinboard_pin`.`id` ASC
params: ["pinboard", "pin", "red"]

[oracle]
SELECT "PINBOARD_PIN"."ID"
FROM "PINBOARD_PIN"
WHERE EXISTS(
  SELECT 1 AS "A"
  FROM "PINBOARD_LABEL" "U0"
  INNER JOIN "PINBOARD_PIN" "U1" ON (
    "U0"."OBJECT_ID" = "U1"."ID"
    AND ("U0"."CONTENT_TYPE_ID" = (
      SELECT "V0"."ID"
      FROM "DJANGO_CONTENT_TYPE" "V0"
      WHERE ("V0"."APP_LABEL" = :1 AND "V0"."MODEL" = :2)
    ))
  )
  WHERE ("U1"."ID" = "PINBOARD_PIN"."ID" AND "U0"."WORD" = :3)
)
ORDER BY "PINBOARD_PIN"."ID" ASC
params: ["pinboard", "pin", "red"]
