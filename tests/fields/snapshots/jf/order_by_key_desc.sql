query: Event.objects.filter(data__has_key="price").order_by("-data__price").values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE JSON_TYPE("ev_event"."data", ?) IS NOT NULL
ORDER BY JSON_EXTRACT("ev_event"."data", ?) DESC
params: ["$.\"price\"", "$.\"price\""]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."data" ? $1
ORDER BY ("ev_event"."data" -> $2) DESC
params: ["price", "price"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_CONTAINS_PATH(`ev_event`.`data`, 'one', ?)
ORDER BY JSON_EXTRACT(`ev_event`.`data`, ?) DESC
params: ["$.\"price\"", "$.\"price\""]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE JSON_EXISTS("EV_EVENT"."DATA", '$."price"')
ORDER BY COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."price"'), JSON_VALUE("EV_EVENT"."DATA", '$."price"')) DESC
params: []
