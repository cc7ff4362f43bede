query: Event.objects.filter(id__lt=3).union(Event.objects.filter(venue_id=3)).values_list("title", flat=True).order_by("title")

[sqlite]
SELECT "ev_event"."title"
FROM "ev_event"
WHERE "ev_event"."id" < ?
UNION
SELECT "ev_event"."title"
FROM "ev_event"
WHERE "ev_event"."venue_id" = ?
ORDER BY 1 ASC
params: [3, 3]

[postgresql]
(
  SELECT "ev_event"."title"
  FROM "ev_event"
  WHERE "ev_event"."id" < $1
)
UNION
(
  SELECT "ev_event"."title"
  FROM "ev_event"
  WHERE "ev_event"."venue_id" = $2
)
ORDER BY 1 ASC
params: [3, 3]

[mysql]
(
  SELECT `ev_event`.`title`
  FROM `ev_event`
  WHERE `ev_event`.`id` < ?
)
UNION
(
  SELECT `ev_event`.`title`
  FROM `ev_event`
  WHERE `ev_event`.`venue_id` = ?
)
ORDER BY 1 ASC
params: [3, 3]

[oracle]
(
  SELECT "EV_EVENT"."TITLE"
  FROM "EV_EVENT"
  WHERE "EV_EVENT"."ID" < :1
)
UNION
(
  SELECT "EV_EVENT"."TITLE"
  FROM "EV_EVENT"
  WHERE "EV_EVENT"."VENUE_ID" = :2
)
ORDER BY 1 ASC
params: [3, 3]
