query: Event.objects.filter(data__name__regex="^A").values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE JSON_EXTRACT("ev_event"."data", ?) REGEXP ?
params: ["$.\"name\"", "^A"]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE ("ev_event"."data" ->> $1)::text ~ $2
params: ["name", "^A"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) REGEXP BINARY ?
params: ["$.\"name\"", "^A"]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE REGEXP_LIKE(COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."name"'), JSON_VALUE("EV_EVENT"."DATA", '$."name"')), :1, 'c')
params: ["^A"]
