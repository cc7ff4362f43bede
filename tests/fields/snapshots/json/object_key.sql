query: Event.objects.annotate(o=JSONObject(t="title")).filter(o__t="Talk").values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE JSON_EXTRACT(JSON_OBJECT(?, "ev_event"."title"), ?) = JSON_EXTRACT(?, '$')
params: ["t", "$.\"t\"", "\"Talk\""]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE (JSONB_BUILD_OBJECT($1::text, "ev_event"."title") -> $2) = $3
params: ["t", "t", "\"Talk\""]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_UNQUOTE(JSON_EXTRACT(JSON_OBJECT(?, `ev_event`.`title`), ?)) = JSON_EXTRACT(?, '$')
params: ["t", "$.\"t\"", "\"Talk\""]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE COALESCE(JSON_QUERY(JSON_OBJECT(:1 VALUE "EV_EVENT"."TITLE" RETURNING CLOB), '$."t"'), JSON_VALUE(JSON_OBJECT(:2 VALUE "EV_EVENT"."TITLE" RETURNING CLOB), '$."t"')) = JSON_VALUE(JSON_OBJECT('value' VALUE :3 FORMAT JSON), '$.value')
params: ["t", "t", "\"Talk\""]
