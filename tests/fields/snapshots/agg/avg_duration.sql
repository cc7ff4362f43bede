query: Event.objects.aggregate(a=Avg("length"))

[sqlite]
SELECT AVG("ev_event"."length") AS "a"
FROM "ev_event"
params: []

[postgresql]
SELECT AVG("ev_event"."length") AS "a"
FROM "ev_event"
params: []

[mysql]
SELECT AVG(`ev_event`.`length`) AS `a`
FROM `ev_event`
params: []

[oracle]
SELECT AVG("EV_EVENT"."LENGTH") AS "A"
FROM "EV_EVENT"
params: []
