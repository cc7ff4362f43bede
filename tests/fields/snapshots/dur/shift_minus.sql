query: Event.objects.filter(starts__lt=F("ends") - timedelta(days=1)).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."starts" < (django_format_dtdelta('-', "ev_event"."ends", ?))
params: [86400000000]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."starts" < ("ev_event"."ends" - $1::interval)
params: [timedelta(microseconds=86400000000)]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE `ev_event`.`starts` < (`ev_event`.`ends` - INTERVAL ? MICROSECOND)
params: [86400000000]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE "EV_EVENT"."STARTS" < ("EV_EVENT"."ENDS" - :1)
params: [timedelta(microseconds=86400000000)]
