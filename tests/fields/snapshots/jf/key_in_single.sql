query: Event.objects.filter(data__name__in=["ann"]).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE JSON_EXTRACT("ev_event"."data", ?) IN (JSON_EXTRACT(?, '$'))
params: ["$.\"name\"", "\"ann\""]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE ("ev_event"."data" -> $1) IN ($2)
params: ["name", "\"ann\""]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) IN (JSON_UNQUOTE(JSON_EXTRACT(?, '$')))
params: ["$.\"name\"", "\"ann\""]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."name"'), JSON_VALUE("EV_EVENT"."DATA", '$."name"')) IN (JSON_VALUE(JSON_OBJECT('value' VALUE :1 FORMAT JSON), '$.value'))
params: ["\"ann\""]
