query: Event.objects.distinct("venue").order_by("venue", "-starts").values_list("title", flat=True)

[sqlite]
error[unsupported]: sqlite does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 15
  | Event.objects.distinct("venue").order_by("venue", "-starts").values_list("title", flat=True)
  |               ^^^^^^^^

[postgresql]
SELECT DISTINCT ON ("ev_event"."venue_id") "ev_event"."title"
FROM "ev_event"
ORDER BY "ev_event"."venue_id" ASC, "ev_event"."starts" DESC
params: []

[mysql]
error[unsupported]: mysql does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 15
  | Event.objects.distinct("venue").order_by("venue", "-starts").values_list("title", flat=True)
  |               ^^^^^^^^

[oracle]
error[unsupported]: oracle does not support distinct(*fields) (DISTINCT ON)
 --> line 1, column 15
  | Event.objects.distinct("venue").order_by("venue", "-starts").values_list("title", flat=True)
  |               ^^^^^^^^
