query: Event.objects.filter(Q(data__a=2) | Q(data__name="ann")).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE (
  JSON_EXTRACT("ev_event"."data", ?) = JSON_EXTRACT(?, '$')
  OR JSON_EXTRACT("ev_event"."data", ?) = JSON_EXTRACT(?, '$')
)
params: ["$.\"a\"", "2", "$.\"name\"", "\"ann\""]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE (("ev_event"."data" -> $1) = $2 OR ("ev_event"."data" -> $3) = $4)
params: ["a", "2", "name", "\"ann\""]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE (
  JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) = JSON_EXTRACT(?, '$')
  OR JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) = JSON_EXTRACT(?, '$')
)
params: ["$.\"a\"", "2", "$.\"name\"", "\"ann\""]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE (
  COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."a"'), JSON_VALUE("EV_EVENT"."DATA", '$."a"')) = JSON_VALUE(JSON_OBJECT('value' VALUE :1 FORMAT JSON), '$.value')
  OR COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."name"'), JSON_VALUE("EV_EVENT"."DATA", '$."name"')) = JSON_VALUE(JSON_OBJECT('value' VALUE :2 FORMAT JSON), '$.value')
)
params: ["2", "\"ann\""]
