query: Event.objects.exclude(data__name__isnull=True).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE NOT (JSON_TYPE("ev_event"."data", ?) IS NULL)
params: ["$.\"name\""]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE NOT (("ev_event"."data" -> $1) IS NULL)
params: ["name"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE NOT (JSON_EXTRACT(`ev_event`.`data`, ?) IS NULL)
params: ["$.\"name\""]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE NOT ((
  NOT JSON_EXISTS("EV_EVENT"."DATA", '$."name"')
  OR COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."name"'), JSON_VALUE("EV_EVENT"."DATA", '$."name"')) IS NULL
))
params: []
