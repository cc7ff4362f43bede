query: Event.objects.filter(venue_id=1).aggregate(t=Sum("length"))

[sqlite]
SELECT SUM("ev_event"."length") AS "t"
FROM "ev_event"
WHERE "ev_event"."venue_id" = ?
params: [1]

[postgresql]
SELECT SUM("ev_event"."length") AS "t"
FROM "ev_event"
WHERE "ev_event"."venue_id" = $1
params: [1]

[mysql]
SELECT SUM(`ev_event`.`length`) AS `t`
FROM `ev_event`
WHERE `ev_event`.`venue_id` = ?
params: [1]

[oracle]
SELECT SUM("EV_EVENT"."LENGTH") AS "T"
FROM "EV_EVENT"
WHERE "EV_EVENT"."VENUE_ID" = :1
params: [1]
