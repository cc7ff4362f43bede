query: Event.objects.filter(ends__gt=F("starts") + F("length")).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."ends" > (django_format_dtdelta('+', "ev_event"."starts", "ev_event"."length"))
params: []

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."ends" > ("ev_event"."starts" + "ev_event"."length")
params: []

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE `ev_event`.`ends` > (`ev_event`.`starts` + INTERVAL `ev_event`.`length` MICROSECOND)
params: []

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE "EV_EVENT"."ENDS" > ("EV_EVENT"."STARTS" + "EV_EVENT"."LENGTH")
params: []
