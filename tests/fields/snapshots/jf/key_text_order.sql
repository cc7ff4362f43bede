query: Event.objects.annotate(nm=KeyTextTransform("name", "data")).filter(nm__isnull=False).order_by("nm").values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE JSON_TYPE("ev_event"."data", ?) IS NOT NULL
ORDER BY JSON_EXTRACT("ev_event"."data", ?) ASC
params: ["$.\"name\"", "$.\"name\""]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE ("ev_event"."data" ->> $1) IS NOT NULL
ORDER BY ("ev_event"."data" ->> $2) ASC
params: ["name", "name"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_EXTRACT(`ev_event`.`data`, ?) IS NOT NULL
ORDER BY JSON_EXTRACT(`ev_event`.`data`, ?) ASC
params: ["$.\"name\"", "$.\"name\""]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE JSON_EXISTS("EV_EVENT"."DATA", '$."name"')
ORDER BY COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."name"'), JSON_VALUE("EV_EVENT"."DATA", '$."name"')) ASC
params: []
