query: Event.objects.filter(data__tags__0="red").values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE JSON_EXTRACT("ev_event"."data", ?) = JSON_EXTRACT(?, '$')
params: ["$.\"tags\"[0]", "\"red\""]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE ("ev_event"."data" #> $1) = $2
params: ["{\"tags\",\"0\"}", "\"red\""]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) = JSON_EXTRACT(?, '$')
params: ["$.\"tags\"[0]", "\"red\""]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."tags"[0]'), JSON_VALUE("EV_EVENT"."DATA", '$."tags"[0]')) = JSON_VALUE(JSON_OBJECT('value' VALUE :1 FORMAT JSON), '$.value')
params: ["\"red\""]
