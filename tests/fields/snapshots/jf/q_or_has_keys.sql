query: Event.objects.filter(Q(data__has_key="n") | Q(data__has_key="price")).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE (
  JSON_TYPE("ev_event"."data", ?) IS NOT NULL
  OR JSON_TYPE("ev_event"."data", ?) IS NOT NULL
)
params: ["$.\"n\"", "$.\"price\""]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE ("ev_event"."data" ? $1 OR "ev_event"."data" ? $2)
params: ["n", "price"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE (
  JSON_CONTAINS_PATH(`ev_event`.`data`, 'one', ?)
  OR JSON_CONTAINS_PATH(`ev_event`.`data`, 'one', ?)
)
params: ["$.\"n\"", "$.\"price\""]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE (
  JSON_EXISTS("EV_EVENT"."DATA", '$."n"')
  OR JSON_EXISTS("EV_EVENT"."DATA", '$."price"')
)
params: []
