query: Event.objects.filter(data__name__icontains="ANN").values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE JSON_EXTRACT("ev_event"."data", ?) LIKE ? ESCAPE '\'
params: ["$.\"name\"", "%ANN%"]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE UPPER(("ev_event"."data" ->> $1)::text) LIKE UPPER($2)
params: ["name", "%ANN%"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE LOWER(JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?))) LIKE LOWER(?)
params: ["$.\"name\"", "%ANN%"]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE UPPER(COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."name"'), JSON_VALUE("EV_EVENT"."DATA", '$."name"'))) LIKE UPPER(:1) ESCAPE '\'
params: ["%ANN%"]
