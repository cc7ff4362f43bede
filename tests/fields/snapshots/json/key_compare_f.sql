query: Event.objects.filter(data__a=F("parent__data__a")).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
INNER JOIN "ev_event" "T2" ON ("ev_event"."parent_id" = "T2"."id")
WHERE JSON_EXTRACT("ev_event"."data", ?) = JSON_EXTRACT("T2"."data", ?)
params: ["$.\"a\"", "$.\"a\""]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
INNER JOIN "ev_event" "T2" ON ("ev_event"."parent_id" = "T2"."id")
WHERE ("ev_event"."data" -> $1) = ("T2"."data" -> $2)
params: ["a", "a"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
INNER JOIN `ev_event` `T2` ON (`ev_event`.`parent_id` = `T2`.`id`)
WHERE JSON_UNQUOTE(JSON_EXTRACT(`ev_event`.`data`, ?)) = JSON_EXTRACT(`T2`.`data`, ?)
params: ["$.\"a\"", "$.\"a\""]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
INNER JOIN "EV_EVENT" "T2" ON ("EV_EVENT"."PARENT_ID" = "T2"."ID")
WHERE COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."a"'), JSON_VALUE("EV_EVENT"."DATA", '$."a"')) = COALESCE(JSON_QUERY("T2"."DATA", '$."a"'), JSON_VALUE("T2"."DATA", '$."a"'))
params: []
