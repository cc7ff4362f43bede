query: Event.objects.filter(data__a__isnull=False).count()

[sqlite]
SELECT COUNT(*) AS "__count"
FROM "ev_event"
WHERE JSON_TYPE("ev_event"."data", ?) IS NOT NULL
params: ["$.\"a\""]

[postgresql]
SELECT COUNT(*) AS "__count"
FROM "ev_event"
WHERE ("ev_event"."data" -> $1) IS NOT NULL
params: ["a"]

[mysql]
SELECT COUNT(*) AS `__count`
FROM `ev_event`
WHERE JSON_EXTRACT(`ev_event`.`data`, ?) IS NOT NULL
params: ["$.\"a\""]

[oracle]
SELECT COUNT(*) AS "__COUNT"
FROM "EV_EVENT"
WHERE JSON_EXISTS("EV_EVENT"."DATA", '$."a"')
params: []
