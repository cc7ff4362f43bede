query: Event.objects.annotate(o=JSONObject()).values_list("id", "o")

[sqlite]
SELECT "ev_event"."id", JSON_OBJECT() AS "o"
FROM "ev_event"
params: []

[postgresql]
SELECT "ev_event"."id", JSONB_BUILD_OBJECT() AS "o"
FROM "ev_event"
params: []

[mysql]
SELECT `ev_event`.`id`, JSON_OBJECT() AS `o`
FROM `ev_event`
params: []

[oracle]
SELECT "EV_EVENT"."ID", JSON_OBJECT( RETURNING CLOB) AS "O"
FROM "EV_EVENT"
params: []
