query: Event.objects.filter(data__has_key="tags").values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE JSON_TYPE("ev_event"."data", ?) IS NOT NULL
params: ["$.\"tags\""]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."data" ? $1
params: ["tags"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_CONTAINS_PATH(`ev_event`.`data`, 'one', ?)
params: ["$.\"tags\""]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE JSON_EXISTS("EV_EVENT"."DATA", '$."tags"')
params: []
