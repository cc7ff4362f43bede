query: Event.objects.filter(id__lte=5).difference(Event.objects.filter(venue_id=1)).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."id" <= ?
EXCEPT
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."venue_id" = ?
params: [5, 1]

[postgresql]
(
  SELECT "ev_event"."id"
  FROM "ev_event"
  WHERE "ev_event"."id" <= $1
)
EXCEPT
(
  SELECT "ev_event"."id"
  FROM "ev_event"
  WHERE "ev_event"."venue_id" = $2
)
params: [5, 1]

[mysql]
error[unsupported]: mysql does not support difference()
 --> line 1, column 33
  | Event.objects.filter(id__lte=5).difference(Event.objects.filter(venue_id=1)).values_list("id", flat=True)
  |                                 ^^^^^^^^^^

[oracle]
(
  SELECT "EV_EVENT"."ID"
  FROM "EV_EVENT"
  WHERE "EV_EVENT"."ID" <= :1
)
MINUS
(
  SELECT "EV_EVENT"."ID"
  FROM "EV_EVENT"
  WHERE "EV_EVENT"."VENUE_ID" = :2
)
params: [5, 1]
