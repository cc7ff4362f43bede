query: Event.objects.filter(data__has_any_keys=["tags", "name"]).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE (
  JSON_TYPE("ev_event"."data", ?) IS NOT NULL
  OR JSON_TYPE("ev_event"."data", ?) IS NOT NULL
)
params: ["$.\"tags\"", "$.\"name\""]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."data" ?| $1
params: ["{\"tags\",\"name\"}"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE (
  JSON_CONTAINS_PATH(`ev_event`.`data`, 'one', ?)
  OR JSON_CONTAINS_PATH(`ev_event`.`data`, 'one', ?)
)
params: ["$.\"tags\"", "$.\"name\""]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE (
  JSON_EXISTS("EV_EVENT"."DATA", '$."tags"')
  OR JSON_EXISTS("EV_EVENT"."DATA", '$."name"')
)
params: []
