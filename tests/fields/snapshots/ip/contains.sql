query: Event.objects.filter(ip__contains="168").values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."ip" GLOB ?
params: ["*168*"]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE HOST("ev_event"."ip") LIKE $1
params: ["%168%"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE `ev_event`.`ip` LIKE BINARY ?
params: ["%168%"]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE "EV_EVENT"."IP" LIKE :1 ESCAPE '\'
params: ["%168%"]
