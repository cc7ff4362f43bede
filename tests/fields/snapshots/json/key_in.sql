query: Event.objects.filter(data__a__in=[1, 2, "1"]).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE JSON_EXTRACT("ev_event"."data", ?) IN (JSON_EXTRACT(?, '$'), JSON_EXTRACT(?, '$'), JSON_EXTRACT(?, '$'))
params: ["$.\"a\"", "1", "2", "\"1\""]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE ("ev_event"."data" -> $1) IN ($2, $3, $4)
params: ["a", "1", "2", "\"1\""]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) IN (JSON_UNQUOTE(JSON_EXTRACT(?, '$')), JSON_UNQUOTE(JSON_EXTRACT(?, '$')), JSON_UNQUOTE(JSON_EXTRACT(?, '$')))
params: ["$.\"a\"", "1", "2", "\"1\""]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."a"'), JSON_VALUE("EV_EVENT"."DATA", '$."a"')) IN (JSON_VALUE(JSON_OBJECT('value' VALUE :1 FORMAT JSON), '$.value'), JSON_VALUE(JSON_OBJECT('value' VALUE :2 FORMAT JSON), '$.value'), JSON_VALUE(JSON_OBJECT('value' VALUE :3 FORMAT JSON), '$.value'))
params: ["1", "2", "\"1\""]
