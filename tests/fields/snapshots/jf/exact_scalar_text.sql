query: Event.objects.filter(data="just text").values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."data" = ?
params: ["\"just text\""]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."data" = $1
params: ["\"just text\""]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_UNQUOTE(`ev_event`.`data`) = JSON_EXTRACT(?, '$')
params: ["\"just text\""]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE "EV_EVENT"."DATA" = :1
params: ["\"just text\""]
