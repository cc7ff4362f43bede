query: Event.objects.filter(data__tags=["blue"]).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE JSON_EXTRACT("ev_event"."data", ?) = JSON_EXTRACT(?, '$')
params: ["$.\"tags\"", "[\"blue\"]"]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE ("ev_event"."data" -> $1) = $2
params: ["tags", "[\"blue\"]"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) = JSON_EXTRACT(?, '$')
params: ["$.\"tags\"", "[\"blue\"]"]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."tags"'), JSON_VALUE("EV_EVENT"."DATA", '$."tags"')) = JSON_QUERY(JSON_OBJECT('value' VALUE :1 FORMAT JSON), '$.value')
params: ["[\"blue\"]"]
