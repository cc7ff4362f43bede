query: Event.objects.filter(data__b={"c": "Y"}).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE JSON_EXTRACT("ev_event"."data", ?) = JSON_EXTRACT(?, '$')
params: ["$.\"b\"", "{\"c\": \"Y\"}"]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE ("ev_event"."data" -> $1) = $2
params: ["b", "{\"c\": \"Y\"}"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) = JSON_EXTRACT(?, '$')
params: ["$.\"b\"", "{\"c\": \"Y\"}"]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."b"'), JSON_VALUE("EV_EVENT"."DATA", '$."b"')) = JSON_QUERY(JSON_OBJECT('value' VALUE :1 FORMAT JSON), '$.value')
params: ["{\"c\": \"Y\"}"]
