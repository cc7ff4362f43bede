query: Event.objects.filter(starts__gt=F("ends") - timedelta(hours=25)).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."starts" > (django_format_dtdelta('-', "ev_event"."ends", ?))
params: [90000000000]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."starts" > ("ev_event"."ends" - $1::interval)
params: [timedelta(microseconds=90000000000)]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE `ev_event`.`starts` > (`ev_event`.`ends` - INTERVAL ? MICROSECOND)
params: [90000000000]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE "EV_EVENT"."STARTS" > ("EV_EVENT"."ENDS" - :1)
params: [timedelta(microseconds=90000000000)]
