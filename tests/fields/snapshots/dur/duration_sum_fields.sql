query: Event.objects.annotate(twice=F("length") + F("length")).filter(twice__gt=timedelta(hours=4)).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE ("ev_event"."length" + "ev_event"."length") > ?
params: [14400000000]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE ("ev_event"."length" + "ev_event"."length") > $1::interval
params: [timedelta(microseconds=14400000000)]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE (`ev_event`.`length` + `ev_event`.`length`) > ?
params: [14400000000]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE ("EV_EVENT"."LENGTH" + "EV_EVENT"."LENGTH") > :1
params: [timedelta(microseconds=14400000000)]
