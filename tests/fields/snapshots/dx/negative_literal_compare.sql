query: Event.objects.filter(length__gt=timedelta(hours=-2)).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."length" > ?
params: [-7200000000]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."length" > $1::interval
params: [timedelta(microseconds=-7200000000)]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE `ev_event`.`length` > ?
params: [-7200000000]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE "EV_EVENT"."LENGTH" > :1
params: [timedelta(microseconds=-7200000000)]
