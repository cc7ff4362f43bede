query: Event.objects.filter(data__has_key="0").values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE JSON_TYPE("ev_event"."data", ?) IS NOT NULL
params: ["$[0]"]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."data" ? $1
params: ["0"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_CONTAINS_PATH(`ev_event`.`data`, 'one', ?)
params: ["$[0]"]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE JSON_EXISTS("EV_EVENT"."DATA", '$[0]')
params: []
