query: Event.objects.exclude(data__a=1).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE NOT (JSON_EXTRACT("ev_event"."data", ?) = JSON_EXTRACT(?, '$'))
params: ["$.\"a\"", "1"]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE NOT (("ev_event"."data" -> $1) = $2)
params: ["a", "1"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE NOT (JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) = JSON_EXTRACT(?, '$'))
params: ["$.\"a\"", "1"]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE NOT (COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."a"'), JSON_VALUE("EV_EVENT"."DATA", '$."a"')) = JSON_VALUE(JSON_OBJECT('value' VALUE :1 FORMAT JSON), '$.value'))
params: ["1"]
