query: Event.objects.filter(data__a__isnull=False).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE JSON_TYPE("ev_event"."data", ?) IS NOT NULL
params: ["$.\"a\""]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE ("ev_event"."data" -> $1) IS NOT NULL
params: ["a"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_EXTRACT(`ev_event`.`data`, ?) IS NOT NULL
params: ["$.\"a\""]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE JSON_EXISTS("EV_EVENT"."DATA", '$."a"')
params: []
