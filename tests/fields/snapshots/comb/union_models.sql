query: Event.objects.values_list("title", flat=True).union(Venue.objects.values_list("name", flat=True)).order_by("title")

[sqlite]
SELECT "ev_event"."title"
FROM "ev_event"
UNION
SELECT "ev_venue"."name"
FROM "ev_venue"
ORDER BY 1 ASC
params: []

[postgresql]
(
  SELECT "ev_event"."title"
  FROM "ev_event"
)
UNION
(
  SELECT "ev_venue"."name"
  FROM "ev_venue"
)
ORDER BY 1 ASC
params: []

[mysql]
(
  SELECT `ev_event`.`title`
  FROM `ev_event`
)
UNION
(
  SELECT `ev_venue`.`name`
  FROM `ev_venue`
)
ORDER BY 1 ASC
params: []

[oracle]
(
  SELECT "EV_EVENT"."TITLE"
  FROM "EV_EVENT"
)
UNION
(
  SELECT "EV_VENUE"."NAME"
  FROM "EV_VENUE"
)
ORDER BY 1 ASC
params: []
