query: Event.objects.annotate(total=Window(expression=Sum("length"), partition_by=F("venue"))).values_list("id", "total")

[sqlite]
SELECT "ev_event"."id", SUM("ev_event"."length") OVER (PARTITION BY "ev_event"."venue_id") AS "total"
FROM "ev_event"
params: []

[postgresql]
SELECT "ev_event"."id", SUM("ev_event"."length") OVER (PARTITION BY "ev_event"."venue_id") AS "total"
FROM "ev_event"
params: []

[mysql]
error[unsupported]: mysql does not support Sum() of a duration in a window
 --> line 1, column 48
  | Event.objects.annotate(total=Window(expression=Sum("length"), partition_by=F("venue"))).values_list("id", "total")
  |                                                ^^^^^^^^^^^^^

[oracle]
SELECT "EV_EVENT"."ID", SUM("EV_EVENT"."LENGTH") OVER (PARTITION BY "EV_EVENT"."VENUE_ID") AS "TOTAL"
FROM "EV_EVENT"
params: []
