query: FeaturedPin.objects.filter(labels__word="gold").values_list("id", flat=True)

[sqlite]
SELECT "pinboard_pin"."id"
FROM "pinboard_featuredpin"
INNER JOIN "pinboard_label" ON (
  "pinboard_featuredpin"."pin_ptr_id" = "pinboard_label"."object_id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = ? AND "U0"."model" = ?)
  ))
)
INNER JOIN "pinboard_pin" ON ("pinboard_featuredpin"."pin_ptr_id" = "pinboard_pin"."id")
WHERE "pinboard_label"."word" = ?
params: ["pinboard", "featuredpin", "gold"]

[postgresql]
SELECT "pinboard_pin"."id"
FROM "pinboard_featuredpin"
INNER JOIN "pinboard_label" ON (
  "pinboard_featuredpin"."pin_ptr_id" = "pinboard_label"."object_id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = $1 AND "U0"."model" = $2)
  ))
)
INNER JOIN "pinboard_pin" ON ("pinboard_featuredpin"."pin_ptr_id" = "pinboard_pin"."id")
WHERE "pinboard_label"."word" = $3
params: ["pinboard", "featuredpin", "gold"]

[mysql]
SELECT `pinboard_pin`.`id`
FROM `pinboard_featuredpin`
INNER JOIN `pinboard_label` ON (
  `pinboard_featuredpin`.`pin_ptr_id` = `pinboard_label`.`object_id`
  AND (`pinboard_label`.`content_type_id` = (
    SELECT `U0`.`id`
    FROM `django_content_type` `U0`
    WHERE (`U0`.`app_label` = BINARY ? AND `U0`.`model` = BINARY ?)
  ))
)
INNER JOIN `pinboard_pin` ON (`pinboard_featuredpin`.`pin_ptr_id` = `pinboard_pin`.`id`)
WHERE `pinboard_label`.`word` = BINARY ?
params: ["pinboard", "featuredpin", "gold"]

[oracle]
SELECT "PINBOARD_PIN"."ID"
FROM "PINBOARD_FEATUREDPIN"
INNER JOIN "PINBOARD_LABEL" ON (
  "PINBOARD_FEATUREDPIN"."PIN_PTR_ID" = "PINBOARD_LABEL"."OBJECT_ID"
  AND ("PINBOARD_LABEL"."CONTENT_TYPE_ID" = (
    SELECT "U0"."ID"
    FROM "DJANGO_CONTENT_TYPE" "U0"
    WHERE ("U0"."APP_LABEL" = :1 AND "U0"."MODEL" = :2)
  ))
)
INNER JOIN "PINBOARD_PIN" ON ("PINBOARD_FEATUREDPIN"."PIN_PTR_ID" = "PINBOARD_PIN"."ID")
WHERE "PINBOARD_LABEL"."WORD" = :3
params: ["pinboard", "featuredpin", "gold"]
