query: Event.objects.aggregate(total=Sum("length"))

[sqlite]
SELECT SUM("ev_event"."length") AS "total"
FROM "ev_event"
params: []

[postgresql]
SELECT SUM("ev_event"."length") AS "total"
FROM "ev_event"
params: []

[mysql]
SELECT SUM(`ev_event`.`length`) AS `total`
FROM `ev_event`
params: []

[oracle]
SELECT SUM("EV_EVENT"."LENGTH") AS "TOTAL"
FROM "EV_EVENT"
params: []
