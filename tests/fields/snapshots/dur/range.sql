query: Event.objects.filter(length__range=(timedelta(minutes=30), timedelta(hours=3))).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."length" BETWEEN ? AND ?
params: [1800000000, 10800000000]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."length" BETWEEN $1::interval AND $2::interval
params: [timedelta(microseconds=1800000000), timedelta(microseconds=10800000000)]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE `ev_event`.`length` BETWEEN ? AND ?
params: [1800000000, 10800000000]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE "EV_EVENT"."LENGTH" BETWEEN :1 AND :2
params: [timedelta(microseconds=1800000000), timedelta(microseconds=10800000000)]
