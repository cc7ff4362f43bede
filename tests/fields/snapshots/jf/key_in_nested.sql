query: Event.objects.filter(data__b__c__in=["x", "Y"]).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE JSON_EXTRACT("ev_event"."data", ?) IN (JSON_EXTRACT(?, '$'), JSON_EXTRACT(?, '$'))
params: ["$.\"b\".\"c\"", "\"x\"", "\"Y\""]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE ("ev_event"."data" #> $1) IN ($2, $3)
params: ["{\"b\",\"c\"}", "\"x\"", "\"Y\""]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) IN (JSON_UNQUOTE(JSON_EXTRACT(?, '$')), JSON_UNQUOTE(JSON_EXTRACT(?, '$')))
params: ["$.\"b\".\"c\"", "\"x\"", "\"Y\""]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."b"."c"'), JSON_VALUE("EV_EVENT"."DATA", '$."b"."c"')) IN (JSON_VALUE(JSON_OBJECT('value' VALUE :1 FORMAT JSON), '$.value'), JSON_VALUE(JSON_OBJECT('value' VALUE :2 FORMAT JSON), '$.value'))
params: ["\"x\"", "\"Y\""]
