query: Event.objects.filter(length__in=[timedelta(hours=4), timedelta(0)]).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."length" IN (?, ?)
params: [14400000000, 0]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."length" IN ($1::interval, $2::interval)
params: [timedelta(microseconds=14400000000), timedelta(microseconds=0)]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE `ev_event`.`length` IN (?, ?)
params: [14400000000, 0]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE "EV_EVENT"."LENGTH" IN (:1, :2)
params: [timedelta(microseconds=14400000000), timedelta(microseconds=0)]
