query: Event.objects.filter(length__isnull=False).aggregate(longest=Max("length"), shortest=Min("length"))

[sqlite]
SELECT MAX("ev_event"."length") AS "longest", MIN("ev_event"."length") AS "shortest"
FROM "ev_event"
WHERE "ev_event"."length" IS NOT NULL
params: []

[postgresql]
SELECT MAX("ev_event"."length") AS "longest", MIN("ev_event"."length") AS "shortest"
FROM "ev_event"
WHERE "ev_event"."length" IS NOT NULL
params: []

[mysql]
SELECT MAX(`ev_event`.`length`) AS `longest`, MIN(`ev_event`.`length`) AS `shortest`
FROM `ev_event`
WHERE `ev_event`.`length` IS NOT NULL
params: []

[oracle]
SELECT MAX("EV_EVENT"."LENGTH") AS "LONGEST", MIN("EV_EVENT"."LENGTH") AS "SHORTEST"
FROM "EV_EVENT"
WHERE "EV_EVENT"."LENGTH" IS NOT NULL
params: []
