query: Event.objects.exclude(data__a=None).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE NOT (JSON_TYPE("ev_event"."data", ?) = ?)
params: ["$.\"a\"", "null"]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE NOT (("ev_event"."data" -> $1) = $2)
params: ["a", "null"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE NOT (JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) = JSON_EXTRACT(?, '$'))
params: ["$.\"a\"", "null"]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE NOT (
  JSON_EXISTS("EV_EVENT"."DATA", '$."a"')
  AND (
    NOT JSON_EXISTS("EV_EVENT"."DATA", '$."a"')
    OR COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."a"'), JSON_VALUE("EV_EVENT"."DATA", '$."a"')) IS NULL
  )
)
params: []
