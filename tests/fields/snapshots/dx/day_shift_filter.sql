query: Event.objects.filter(day__lt=ExpressionWrapper(F("starts") - timedelta(days=1), output_field=DateTimeField())).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."day" < (django_format_dtdelta('-', "ev_event"."starts", ?))
params: [86400000000]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."day" < ("ev_event"."starts" - $1::interval)
params: [timedelta(microseconds=86400000000)]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE `ev_event`.`day` < (`ev_event`.`starts` - INTERVAL ? MICROSECOND)
params: [86400000000]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE "EV_EVENT"."DAY" < ("EV_EVENT"."STARTS" - :1)
params: [timedelta(microseconds=86400000000)]
