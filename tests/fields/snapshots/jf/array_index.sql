query: Event.objects.filter(data__n__1=2).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE JSON_EXTRACT("ev_event"."data", ?) = JSON_EXTRACT(?, '$')
params: ["$.\"n\"[1]", "2"]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE ("ev_event"."data" #> $1) = $2
params: ["{\"n\",\"1\"}", "2"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) = JSON_EXTRACT(?, '$')
params: ["$.\"n\"[1]", "2"]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."n"[1]'), JSON_VALUE("EV_EVENT"."DATA", '$."n"[1]')) = JSON_VALUE(JSON_OBJECT('value' VALUE :1 FORMAT JSON), '$.value')
params: ["2"]
