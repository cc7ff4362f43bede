query: Event.objects.filter(data__has_keys=["a", "b"]).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE (
  JSON_TYPE("ev_event"."data", ?) IS NOT NULL
  AND JSON_TYPE("ev_event"."data", ?) IS NOT NULL
)
params: ["$.\"a\"", "$.\"b\""]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."data" ?& $1
params: ["{\"a\",\"b\"}"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE (
  JSON_CONTAINS_PATH(`ev_event`.`data`, 'one', ?)
  AND JSON_CONTAINS_PATH(`ev_event`.`data`, 'one', ?)
)
params: ["$.\"a\"", "$.\"b\""]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE (
  JSON_EXISTS("EV_EVENT"."DATA", '$."a"')
  AND JSON_EXISTS("EV_EVENT"."DATA", '$."b"')
)
params: []
