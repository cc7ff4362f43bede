query: Event.objects.filter(id__lt=3).union(Event.objects.filter(id__gt=6)).order_by("venue_id", "id").values_list("id", "venue_id")

[sqlite]
SELECT "ev_event"."id", "ev_event"."venue_id"
FROM "ev_event"
WHERE "ev_event"."id" < ?
UNION
SELECT "ev_event"."id", "ev_event"."venue_id"
FROM "ev_event"
WHERE "ev_event"."id" > ?
ORDER BY 2 ASC, 1 ASC
params: [3, 6]

[postgresql]
(
  SELECT "ev_event"."id", "ev_event"."venue_id"
  FROM "ev_event"
  WHERE "ev_event"."id" < $1
)
UNION
(
  SELECT "ev_event"."id", "ev_event"."venue_id"
  FROM "ev_event"
  WHERE "ev_event"."id" > $2
)
ORDER BY 2 ASC, 1 ASC
params: [3, 6]

[mysql]
(
  SELECT `ev_event`.`id`, `ev_event`.`venue_id`
  FROM `ev_event`
  WHERE `ev_event`.`id` < ?
)
UNION
(
  SELECT `ev_event`.`id`, `ev_event`.`venue_id`
  FROM `ev_event`
  WHERE `ev_event`.`id` > ?
)
ORDER BY 2 ASC, 1 ASC
params: [3, 6]

[oracle]
(
  SELECT "EV_EVENT"."ID", "EV_EVENT"."VENUE_ID"
  FROM "EV_EVENT"
  WHERE "EV_EVENT"."ID" < :1
)
UNION
(
  SELECT "EV_EVENT"."ID", "EV_EVENT"."VENUE_ID"
  FROM "EV_EVENT"
  WHERE "EV_EVENT"."ID" > :2
)
ORDER BY 2 ASC, 1 ASC
params: [3, 6]
