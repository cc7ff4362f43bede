query: Event.objects.filter(data__a__range=(1, 2)).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE JSON_EXTRACT("ev_event"."data", ?) BETWEEN ? AND ?
params: ["$.\"a\"", "1", "2"]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE ("ev_event"."data" -> $1) BETWEEN $2 AND $3
params: ["a", "1", "2"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) BETWEEN ? AND ?
params: ["$.\"a\"", "1", "2"]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."a"'), JSON_VALUE("EV_EVENT"."DATA", '$."a"')) BETWEEN :1 AND :2
params: ["1", "2"]
