query: Event.objects.filter(data__has_any_keys=["n", "nope"]).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE (
  JSON_TYPE("ev_event"."data", ?) IS NOT NULL
  OR JSON_TYPE("ev_event"."data", ?) IS NOT NULL
)
params: ["$.\"n\"", "$.\"nope\""]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."data" ?| $1
params: ["{\"n\",\"nope\"}"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE (
  JSON_CONTAINS_PATH(`ev_event`.`data`, 'one', ?)
  OR JSON_CONTAINS_PATH(`ev_event`.`data`, 'one', ?)
)
params: ["$.\"n\"", "$.\"nope\""]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE (
  JSON_EXISTS("EV_EVENT"."DATA", '$."n"')
  OR JSON_EXISTS("EV_EVENT"."DATA", '$."nope"')
)
params: []
