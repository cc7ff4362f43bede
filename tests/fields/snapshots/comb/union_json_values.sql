query: Event.objects.filter(id__lt=3).values_list("id", "data").union(Event.objects.filter(id=8).values_list("id", "data")).order_by("id")

[sqlite]
SELECT "ev_event"."id", "ev_event"."data"
FROM "ev_event"
WHERE "ev_event"."id" < ?
UNION
SELECT "ev_event"."id", "ev_event"."data"
FROM "ev_event"
WHERE "ev_event"."id" = ?
ORDER BY 1 ASC
params: [3, 8]

[postgresql]
(
  SELECT "ev_event"."id", "ev_event"."data"
  FROM "ev_event"
  WHERE "ev_event"."id" < $1
)
UNION
(
  SELECT "ev_event"."id", "ev_event"."data"
  FROM "ev_event"
  WHERE "ev_event"."id" = $2
)
ORDER BY 1 ASC
params: [3, 8]

[mysql]
(
  SELECT `ev_event`.`id`, `ev_event`.`data`
  FROM `ev_event`
  WHERE `ev_event`.`id` < ?
)
UNION
(
  SELECT `ev_event`.`id`, `ev_event`.`data`
  FROM `ev_event`
  WHERE `ev_event`.`id` = ?
)
ORDER BY 1 ASC
params: [3, 8]

[oracle]
(
  SELECT "EV_EVENT"."ID", "EV_EVENT"."DATA"
  FROM "EV_EVENT"
  WHERE "EV_EVENT"."ID" < :1
)
UNION
(
  SELECT "EV_EVENT"."ID", "EV_EVENT"."DATA"
  FROM "EV_EVENT"
  WHERE "EV_EVENT"."ID" = :2
)
ORDER BY 1 ASC
params: [3, 8]
