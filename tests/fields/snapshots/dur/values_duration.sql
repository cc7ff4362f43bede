query: Event.objects.filter(length__isnull=False).values_list("id", "length")

[sqlite]
SELECT "ev_event"."id", "ev_event"."length"
FROM "ev_event"
WHERE "ev_event"."length" IS NOT NULL
params: []

[postgresql]
SELECT "ev_event"."id", "ev_event"."length"
FROM "ev_event"
WHERE "ev_event"."length" IS NOT NULL
params: []

[mysql]
SELECT `ev_event`.`id`, `ev_event`.`length`
FROM `ev_event`
WHERE `ev_event`.`length` IS NOT NULL
params: []

[oracle]
SELECT "EV_EVENT"."ID", "EV_EVENT"."LENGTH"
FROM "EV_EVENT"
WHERE "EV_EVENT"."LENGTH" IS NOT NULL
params: []
