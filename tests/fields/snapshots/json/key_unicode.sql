query: Event.objects.annotate(k=KeyTextTransform("ünï", "data")).filter(k="ç").values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE JSON_EXTRACT("ev_event"."data", ?) = JSON_EXTRACT(?, '$')
params: ["$.\"\\u00fcn\\u00ef\"", "\"\\u00e7\""]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE ("ev_event"."data" ->> $1) = $2
params: ["ünï", "\"\\u00e7\""]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) = JSON_EXTRACT(?, '$')
params: ["$.\"\\u00fcn\\u00ef\"", "\"\\u00e7\""]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."\u00fcn\u00ef"'), JSON_VALUE("EV_EVENT"."DATA", '$."\u00fcn\u00ef"')) = JSON_VALUE(JSON_OBJECT('value' VALUE :1 FORMAT JSON), '$.value')
params: ["\"\\u00e7\""]
