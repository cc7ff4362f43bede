query: Event.objects.filter(ip__isnull=False).values_list("id", "ip")

[sqlite]
SELECT "ev_event"."id", "ev_event"."ip"
FROM "ev_event"
WHERE "ev_event"."ip" IS NOT NULL
params: []

[postgresql]
SELECT "ev_event"."id", "ev_event"."ip"
FROM "ev_event"
WHERE "ev_event"."ip" IS NOT NULL
params: []

[mysql]
SELECT `ev_event`.`id`, `ev_event`.`ip`
FROM `ev_event`
WHERE `ev_event`.`ip` IS NOT NULL
params: []

[oracle]
SELECT "EV_EVENT"."ID", "EV_EVENT"."IP"
FROM "EV_EVENT"
WHERE "EV_EVENT"."IP" IS NOT NULL
params: []
