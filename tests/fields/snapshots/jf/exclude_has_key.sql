query: Event.objects.exclude(data__has_key="a").values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE NOT (JSON_TYPE("ev_event"."data", ?) IS NOT NULL)
params: ["$.\"a\""]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE NOT ("ev_event"."data" ? $1)
params: ["a"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE NOT (JSON_CONTAINS_PATH(`ev_event`.`data`, 'one', ?))
params: ["$.\"a\""]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE NOT (JSON_EXISTS("EV_EVENT"."DATA", '$."a"'))
params: []
