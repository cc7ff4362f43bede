query: FeaturedPin.objects.annotate(n=Count("labels")).order_by("id").values_list("id", "n")

[sqlite]
SELECT "pinboard_pin"."id", COUNT("pinboard_label"."id") AS "n"
FROM "pinboard_featuredpin"
LEFT OUTER JOIN "pinboard_label" ON (
  "pinboard_featuredpin"."pin_ptr_id" = "pinboard_label"."object_id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = ? AND "U0"."model" = ?)
  ))
)
INNER JOIN "pinboard_pin" ON ("pinboard_featuredpin"."pin_ptr_id" = "pinboard_pin"."id")
GROUP BY "pinboard_featuredpin"."pin_ptr_id", "pinboard_featuredpin"."rank", "pinboard_pin"."id"
ORDER BY "pinboard_pin"."id" ASC
params: ["pinboard", "featuredpin"]

[postgresql]
SELECT "pinboard_pin"."id", COUNT("pinboard_label"."id") AS "n"
FROM "pinboard_featuredpin"
LEFT OUTER JOIN "pinboard_label" ON (
  "pinboard_featuredpin"."pin_ptr_id" = "pinboard_label"."object_id"
  AND ("pinboard_label"."content_type_id" = (
    SELECT "U0"."id"
    FROM "django_content_type" "U0"
    WHERE ("U0"."app_label" = $1 AND "U0"."model" = $2)
  ))
)
INNER JOIN "pinboard_pin" ON ("pinboard_featuredpin"."pin_ptr_id" = "pinboard_pin"."id")
GROUP BY "pinboard_featuredpin"."pin_ptr_id", "pinboard_featuredpin"."rank", "pinboard_pin"."id"
ORDER BY "pinboard_pin"."id" ASC
params: ["pinboard", "featuredpin"]

[mysql]
SELECT `pinboard_pin`.`id`, COUNT(`pinboard_label`.`id`) AS `n`
FROM `pinboard_featuredpin`
LEFT OUTER JOIN `pinboard_label` ON (
  `pinboard_featuredpin`.`pin_ptr_id` = `pinboard_label`.`object_id`
  AND (`pinboard_label`.`content_type_id` = (
    SELECT `U0`.`id`
    FROM `django_content_type` `U0`
    WHERE (`U0`.`app_label` = BINARY ? AND `U0`.`model` = BINARY ?)
  ))
)
INNER JOIN `pinboard_pin` ON (`pinboard_featuredpin`.`pin_ptr_id` = `pinboard_pin`.`id`)
GROUP BY `pinboard_featuredpin`.`pin_ptr_id`
ORDER BY `pinboard_pin`.`id` ASC
params: ["pinboard", "featuredpin"]

[oracle]
SELECT "PINBOARD_PIN"."ID", COUNT("PINBOARD_LABEL"."ID") AS "N"
FROM "PINBOARD_FEATUREDPIN"
LEFT OUTER JOIN "PINBOARD_LABEL" ON (
  "PINBOARD_FEATUREDPIN"."PIN_PTR_ID" = "PINBOARD_LABEL"."OBJECT_ID"
  AND ("PINBOARD_LABEL"."CONTENT_TYPE_ID" = (
    SELECT "U0"."ID"
    FROM "DJANGO_CONTENT_TYPE" "U0"
    WHERE ("U0"."APP_LABEL" = :1 AND "U0"."MODEL" = :2)
  ))
)
INNER JOIN "PINBOARD_PIN" ON ("PINBOARD_FEATUREDPIN"."PIN_PTR_ID" = "PINBOARD_PIN"."ID")
GROUP BY "PINBOARD_FEATUREDPIN"."PIN_PTR_ID", "PINBOARD_FEATUREDPIN"."RANK", "PINBOARD_PIN"."ID"
ORDER BY "PINBOARD_PIN"."ID" ASC
params: ["pinboard", "featuredpin"]
