query: Event.objects.filter(ip__isnull=True).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."ip" IS NULL
params: []

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."ip" IS NULL
params: []

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE `ev_event`.`ip` IS NULL
params: []

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE "EV_EVENT"."IP" IS NULL
params: []
