query: Event.objects.filter(data__name__range=("A", "b")).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE JSON_EXTRACT("ev_event"."data", ?) BETWEEN ? AND ?
params: ["$.\"name\"", "\"A\"", "\"b\""]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE ("ev_event"."data" -> $1) BETWEEN $2 AND $3
params: ["name", "\"A\"", "\"b\""]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) BETWEEN ? AND ?
params: ["$.\"name\"", "\"A\"", "\"b\""]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."name"'), JSON_VALUE("EV_EVENT"."DATA", '$."name"')) BETWEEN :1 AND :2
params: ["\"A\"", "\"b\""]
