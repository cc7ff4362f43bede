query: Event.objects.filter(length__gte=timedelta(days=1)).count()

[sqlite]
SELECT COUNT(*) AS "__count"
FROM "ev_event"
WHERE "ev_event"."length" >= ?
params: [86400000000]

[postgresql]
SELECT COUNT(*) AS "__count"
FROM "ev_event"
WHERE "ev_event"."length" >= $1::interval
params: [timedelta(microseconds=86400000000)]

[mysql]
SELECT COUNT(*) AS `__count`
FROM `ev_event`
WHERE `ev_event`.`length` >= ?
params: [86400000000]

[oracle]
SELECT COUNT(*) AS "__COUNT"
FROM "EV_EVENT"
WHERE "EV_EVENT"."LENGTH" >= :1
params: [timedelta(microseconds=86400000000)]
