query: Event.objects.filter(data__has_key="a").order_by("data__a", "id").values_list("id", flat=True)

[sqlite]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE JSON_TYPE("ev_event"."data", ?) IS NOT NULL
ORDER BY JSON_EXTRACT("ev_event"."data", ?) ASC, "ev_event"."id" ASC
params: ["$.\"a\"", "$.\"a\""]

[postgresql]
SELECT "ev_event"."id"
FROM "ev_event"
WHERE "ev_event"."data" ? $1
ORDER BY ("ev_event"."data" -> $2) ASC, "ev_event"."id" ASC
params: ["a", "a"]

[mysql]
SELECT `ev_event`.`id`
FROM `ev_event`
WHERE JSON_CONTAINS_PATH(`ev_event`.`data`, 'one', ?)
ORDER BY JSON_EXTRACT(`ev_event`.`data`, ?) ASC, `ev_event`.`id` ASC
params: ["$.\"a\"", "$.\"a\""]

[oracle]
SELECT "EV_EVENT"."ID"
FROM "EV_EVENT"
WHERE JSON_EXISTS("EV_EVENT"."DATA", '$."a"')
ORDER BY COALESCE(JSON_QUERY("EV_EVENT"."DATA", '$."a"'), JSON_VALUE("EV_EVENT"."DATA", '$."a"')) ASC, "EV_EVENT"."ID" ASC
params: []
