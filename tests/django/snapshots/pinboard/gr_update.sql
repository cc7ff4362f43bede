query: Pin.objects.filter(labels__word="blue").update(title="Blue")

[sqlite]
UPDATE "pinboard_pin"
SET "title" = ?
WHERE "pinboard_pin"."id" IN (
  SELECT "V0"."id"
  FROM "pinboard_pin" "V0"
  INNER JOIN "pinboard_label" "V1" ON (
    "V0"."id" = "V1"."object_id"
    AND ("V1"."content_type_id" = (
      SELECT "W0"."id"
      FROM "django_content_type" "W0"
      WHERE ("W0"."app_label" = ? AND "W0"."model" = ?)
    ))
  )
  WHERE "V1"."word" = ?
)
params: ["Blue", "pinboard", "pin", "blue"]

[postgresql]
UPDATE "pinboard_pin"
SET "title" = $1
WHERE "pinboard_pin"."id" IN (
  SELECT "V0"."id"
  FROM "pinboard_pin" "V0"
  INNER JOIN "pinboard_label" "V1" ON (
    "V0"."id" = "V1"."object_id"
    AND ("V1"."content_type_id" = (
      SELECT "W0"."id"
      FROM "django_content_type" "W0"
      WHERE ("W0"."app_label" = $2 AND "W0"."model" = $3)
    ))
  )
  WHERE "V1"."word" = $4
)
params: ["Blue", "pinboard", "pin", "blue"]

[mysql]
UPDATE `pinboard_pin`
SET `title` = ?
WHERE `pinboard_pin`.`id` IN (
  SELECT *
  FROM (
    SELECT `V0`.`id`
    FROM `pinboard_pin` `V0`
    INNER JOIN `pinboard_label` `V1` ON (
      `V0`.`id` = `V1`.`object_id`
      AND (`V1`.`content_type_id` = (
        SELECT `W0`.`id`
        FROM `django_content_type` `W0`
        WHERE (`W0`.`app_label` = BINARY ? AND `W0`.`model` = BINARY ?)
      ))
    )
    WHERE `V1`.`word` = BINARY ?
  ) subquery
)
params: ["Blue", "pinboard", "pin", "blue"]

[oracle]
UPDATE "PINBOARD_PIN"
SET "TITLE" = :1
WHERE "PINBOARD_PIN"."ID" IN (
  SELECT "V0"."ID"
  FROM "PINBOARD_PIN" "V0"
  INNER JOIN "PINBOARD_LABEL" "V1" ON (
    "V0"."ID" = "V1"."OBJECT_ID"
    AND ("V1"."CONTENT_TYPE_ID" = (
      SELECT "W0"."ID"
      FROM "DJANGO_CONTENT_TYPE" "W0"
      WHERE ("W0"."APP_LABEL" = :2 AND "W0"."MODEL" = :3)
    ))
  )
  WHERE "V1"."WORD" = :4
)
params: ["Blue", "pinboard", "pin", "blue"]
