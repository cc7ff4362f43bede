query: Event.objects.exclude(length__gt=timedelta(hours=1)).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE NOT (("ev_event"."length" > ? AND "ev_event"."length" IS NOT NULL))
params: [3600000000]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE NOT (("ev_event"."length" > $1::interval AND "ev_event"."length" IS NOT NULL))
params: [timedelta(microseconds=3600000000)]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE NOT ((`ev_event`.`length` > ? AND `ev_event`.`length` IS NOT NULL))
params: [3600000000]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE NOT (("EV_EVENT"."LENGTH" > :1 AND "EV_EVENT"."LENGTH" IS NOT NULL))
params: [timedelta(microseconds=3600000000)]
