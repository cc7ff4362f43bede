query: Event.objects.filter(data={}).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."data" = ?
params: ["{}"]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."data" = $1
params: ["{}"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_UNQUOTE(`ev_event`.`data`) = JSON_EXTRACT(?, '$')
params: ["{}"]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE "EV_EVENT"."DATA" = :1
params: ["{}"]
