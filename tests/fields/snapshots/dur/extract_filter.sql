query: Event.objects.annotate(h=ExtractHour("length")).filter(h__gte=2).values_list("id", flat=True)

[sqlite]
error[unsupported]: sqlite does not support ExtractHour() of a DurationField
 --> line 1, column 26
  | Event.objects.annotate(h=ExtractHour("length")).filter(h__gte=2).values_list("id", flat=True)
  |                          ^^^^^^^^^^^^^^^^^^^^^

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE EXTRACT(HOUR FROM "ev_event"."length") >= $1
params: [2]

[mysql]
error[unsupported]: mysql does not support ExtractHour() of a DurationField
 --> line 1, column 26
  | Event.objects.annotate(h=ExtractHour("length")).filter(h__gte=2).values_list("id", flat=True)
  |                          ^^^^^^^^^^^^^^^^^^^^^

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE EXTRACT(HOUR FROM "EV_EVENT"."LENGTH") >= :1
params: [2]
