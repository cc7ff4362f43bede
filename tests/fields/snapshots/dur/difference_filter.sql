query: Event.objects.annotate(took=F("ends") - F("starts")).filter(took__gte=timedelta(hours=2)).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE django_timestamp_diff("ev_event"."ends", "ev_event"."starts") >= ?
params: [7200000000]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE ("ev_event"."ends" - "ev_event"."starts") >= $1::interval
params: [timedelta(microseconds=7200000000)]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE TIMESTAMPDIFF(MICROSECOND, `ev_event`.`starts`, `ev_event`.`ends`) >= ?
params: [7200000000]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE ("EV_EVENT"."ENDS" - "EV_EVENT"."STARTS") >= :1
params: [timedelta(microseconds=7200000000)]
