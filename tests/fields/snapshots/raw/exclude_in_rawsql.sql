query: Event.objects.exclude(parent_id__in=RawSQL("SELECT id FROM ev_event WHERE venue_id = %s", [1])).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE NOT ((
  "ev_event"."parent_id" IN (
    SELECT id
    FROM ev_event
    WHERE venue_id = ?
  )
  AND "ev_event"."parent_id" IS NOT NULL
))
params: [1]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE NOT ((
  "ev_event"."parent_id" IN (
    SELECT id
    FROM ev_event
    WHERE venue_id = $1
  )
  AND "ev_event"."parent_id" IS NOT NULL
))
params: [1]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE NOT ((
  `ev_event`.`parent_id` IN (
    SELECT id
    FROM ev_event
    WHERE venue_id = ?
  )
  AND `ev_event`.`parent_id` IS NOT NULL
))
params: [1]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE NOT ((
  "EV_EVENT"."PARENT_ID" IN (
    SELECT id
    FROM ev_event
    WHERE venue_id = :1
  )
  AND "EV_EVENT"."PARENT_ID" IS NOT NULL
))
params: [1]
