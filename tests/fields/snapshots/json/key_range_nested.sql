query: Event.objects.filter(data__n__0__range=(0, 5)).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE JSON_EXTRACT("ev_event"."data", ?) BETWEEN ? AND ?
params: ["$.\"n\"[0]", "0", "5"]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE ("ev_event"."data" #> $1) BETWEEN $2 AND $3
params: ["{\"n\",\"0\"}", "0", "5"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) BETWEEN ? AND ?
params: ["$.\"n\"[0]", "0", "5"]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."n"[0]'), JSON_VALUE("EV_EVENT"."DATA", '$."n"[0]')) BETWEEN :1 AND :2
params: ["0", "5"]
