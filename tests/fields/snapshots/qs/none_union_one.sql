query: Event.objects.none().union(Event.objects.filter(id=1)).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."id" = ?
params: [1]

[postgresql]
(
  SELECT "ev_event"."id"
  FROM "ev_event"
  WHERE "ev_event"."id" = $1
)
params: [1]

[mysql]
(
  SELECT `ev_event`.`id`
  FROM `ev_event`
  WHERE `ev_event`.`id` = ?
)
params: [1]

[oracle]
(
  SELECT "EV_EVENT"."ID"
  FROM "EV_EVENT"
  WHERE "EV_EVENT"."ID" = :1
)
params: [1]
