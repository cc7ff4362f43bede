query: Event.objects.annotate(nxt=Window(expression=Lead("flags", 1, 0), partition_by=F("venue"), order_by=F("id").asc())).values_list("id", "nxt")

[sqlite]
SELECT "ev_event"."id", LEAD("ev_event"."flags", 1, ?) OVER (PARTITION BY "ev_event"."venue_id" ORDER BY "ev_event"."id" ASC) AS "nxt"
FROM "ev_event"
params: [0]

[postgresql]
SELECT "ev_event"."id", LEAD("ev_event"."flags", 1, $1) OVER (PARTITION BY "ev_event"."venue_id" ORDER BY "ev_event"."id" ASC) AS "nxt"
FROM "ev_event"
params: [0]

[mysql]
error[unsupported]: mysql does not support Lead() with a default
 --> line 1, column 46
  | Event.objects.annotate(nxt=Window(expression=Lead("flags", 1, 0), partition_by=F("venue"), order_by=F("id").asc())).values_list("id", "nxt")
  |                                              ^^^^^^^^^^^^^^^^^^^

[oracle]
SELECT "EV_EVENT"."ID", LEAD("EV_EVENT"."FLAGS", 1, :1) OVER (PARTITION BY "EV_EVENT"."VENUE_ID" ORDER BY "EV_EVENT"."ID" ASC) AS "NXT"
FROM "EV_EVENT"
params: [0]
