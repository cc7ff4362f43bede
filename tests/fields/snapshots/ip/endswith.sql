query: Event.objects.filter(ip__endswith="::1").values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."ip" GLOB ?
params: ["*::1"]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE HOST("ev_event"."ip") LIKE $1
params: ["%::1"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE `ev_event`.`ip` LIKE BINARY ?
params: ["%::1"]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE "EV_EVENT"."IP" LIKE :1 ESCAPE '\'
params: ["%::1"]
