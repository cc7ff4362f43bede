query: Event.objects.filter(parent__data__a=1).values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
INNER JOIN "ev_event" "T2" ON ("ev_event"."parent_id" = "T2"."id")
WHERE JSON_EXTRACT("T2"."data", ?) = JSON_EXTRACT(?, '$')
params: ["$.\"a\"", "1"]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
INNER JOIN "ev_event" "T2" ON ("ev_event"."parent_id" = "T2"."id")
WHERE ("T2"."data" -> $1) = $2
params: ["a", "1"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
INNER JOIN `ev_event` `T2` ON (`ev_event`.`parent_id` = `T2`.`id`)
WHERE JSON_UNQUOTE(JSON_EXTRACT(`T2`.`data`, ?)) = JSON_EXTRACT(?, '$')
params: ["$.\"a\"", "1"]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
INNER JOIN "EV_EVENT" "T2" ON ("EV_EVENT"."PARENT_ID" = "T2"."ID")
WHERE COALESCE(JSON_QUERY("T2"."DATA", '$."a"'), JSON_VALUE("T2"."DATA", '$."a"')) = JSON_VALUE(JSON_OBJECT('value' VALUE :1 FORMAT JSON), '$.value')
params: ["1"]
