query: Event.objects.filter(id__in=RawSQL("SELECT id FROM ev_event WHERE venue_id = %s", [1])).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."id" IN (
  SELECT id
  FROM ev_event
  WHERE venue_id = ?
)
params: [1]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."id" IN (
  SELECT id
  FROM ev_event
  WHERE venue_id = $1
)
params: [1]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE `ev_event`.`id` IN (
  SELECT id
  FROM ev_event
  WHERE venue_id = ?
)
params: [1]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE "EV_EVENT"."ID" IN (
  SELECT id
  FROM ev_event
  WHERE venue_id = :1
)
params: [1]
