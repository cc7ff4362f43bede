query: Event.objects.annotate(x=F("length") + timedelta(minutes=1)).filter(x__gt=timedelta(hours=4)).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE ("ev_event"."length" + ?) > ?
params: [60000000, 14400000000]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE ("ev_event"."length" + $1::interval) > $2::interval
params: [timedelta(microseconds=60000000), timedelta(microseconds=14400000000)]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE (`ev_event`.`length` + ?) > ?
params: [60000000, 14400000000]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE ("EV_EVENT"."LENGTH" + :1) > :2
params: [timedelta(microseconds=60000000), timedelta(microseconds=14400000000)]
