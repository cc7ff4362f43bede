query: Event.objects.filter(children__data__a=2).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
INNER JOIN "ev_event" "T2" ON ("ev_event"."id" = "T2"."parent_id")
WHERE JSON_EXTRACT("T2"."data", ?) = JSON_EXTRACT(?, '$')
params: ["$.\"a\"", "2"]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
INNER JOIN "ev_event" "T2" ON ("ev_event"."id" = "T2"."parent_id")
WHERE ("T2"."data" -> $1) = $2
params: ["a", "2"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
INNER JOIN `ev_event` `T2` ON (`ev_event`.`id` = `T2`.`parent_id`)
WHERE JSON_UNQUOTE(JSON_EXTRACT(`T2`.`data`, ?)) = JSON_EXTRACT(?, '$')
params: ["$.\"a\"", "2"]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
INNER JOIN "EV_EVENT" "T2" ON ("EV_EVENT"."ID" = "T2"."PARENT_ID")
WHERE COALESCE(JSON_QUERY("T2"."DATA", '$."a"'), JSON_VALUE("T2"."DATA", '$."a"')) = JSON_VALUE(JSON_OBJECT('value' VALUE :1 FORMAT JSON), '$.value')
params: ["2"]
