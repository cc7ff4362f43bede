query: Event.objects.filter(ip="10.0.0.12").values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."ip" = ?
params: ["10.0.0.12"]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."ip" = $1
params: ["10.0.0.12"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE `ev_event`.`ip` = BINARY ?
params: ["10.0.0.12"]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE "EV_EVENT"."IP" = :1
params: ["10.0.0.12"]
