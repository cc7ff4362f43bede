query: Event.objects.filter(length__isnull=False).annotate(d=ExtractDay("length"), h=ExtractHour("length"), m=ExtractMinute("length"), s=ExtractSecond("length")).values_list("id", "d", "h", "m", "s")

[sqlite]
error[unsupported]: sqlite does not support ExtractDay() of a DurationField
 --> line 1, column 55
  | Event.objects.filter(length__isnull=False).annotate(d=ExtractDay("length"), h=ExtractHour("length"), m=ExtractMinute("length"), s=ExtractSecond("length")).values_list("id", "d", "h", "m", "s")
  |                                                       ^^^^^^^^^^^^^^^^^^^^

[postgresql]
SELECT "ev_event"."id", EXTRACT(DAY FROM "ev_event"."length") AS "d", EXTRACT(HOUR FROM "ev_event"."length") AS "h", EXTRACT(MINUTE FROM "ev_event"."length") AS "m", TRUNC(EXTRACT(SECOND FROM "ev_event"."length")) AS "s"
FROM "ev_event"
WHERE "ev_event"."length" IS NOT NULL
params: []

[mysql]
error[unsupported]: mysql does not support ExtractDay() of a DurationField
 --> line 1, column 55
  | Event.objects.filter(length__isnull=False).annotate(d=ExtractDay("length"), h=ExtractHour("length"), m=ExtractMinute("length"), s=ExtractSecond("length")).values_list("id", "d", "h", "m", "s")
  |                                                       ^^^^^^^^^^^^^^^^^^^^

[oracle]
SELECT "EV_EVENT"."ID", EXTRACT(DAY FROM "EV_EVENT"."LENGTH") AS "D", EXTRACT(HOUR FROM "EV_EVENT"."LENGTH") AS "H", EXTRACT(MINUTE FROM "EV_EVENT"."LENGTH") AS "M", TRUNC(EXTRACT(SECOND FROM "EV_EVENT"."LENGTH")) AS "S"
FROM "EV_EVENT"
WHERE "EV_EVENT"."LENGTH" IS NOT NULL
params: []
